import { z } from "zod";
import { parsePartialDate } from "../time/partial-date.js";

/**
 * zod schemas of the corpus format (CONTRACT.md §1). They check shape only;
 * cross-record rules (unique ids, known sources, predicate types) live in
 * `parse-corpus.ts`, because they need the whole document.
 *
 * Every object is strict: an unknown key is an error, so a typo never passes silently.
 */

const nonEmpty = (what: string) => z.string().refine((s) => s.trim().length > 0, { error: `${what} must not be empty` });

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date. */
export const PartialDateSchema = z
  .string()
  .regex(PARTIAL_DATE, { error: (iss) => `"${String(iss.input)}" is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)` })
  .check((ctx) => {
    if (!PARTIAL_DATE.test(ctx.value)) return; // the pattern already said so
    const parsed = parsePartialDate(ctx.value);
    if (!parsed.ok) ctx.issues.push({ code: "custom", message: parsed.reason, input: ctx.value });
  })
  .meta({ description: "A partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD; it must be a real calendar date." });

/** A date, either written as an ISO partial date or as words resolved against an anchor or the publication date. */
export const DateValueSchema = z
  .strictObject({
    type: z.literal("date", { error: (iss) => (iss.input === undefined ? undefined : 'expected a date value ("type": "date")') }),
    value: PartialDateSchema.optional(),
    expr: nonEmpty("a date expression").optional(),
    anchor: PartialDateSchema.optional(),
  })
  .check((ctx) => {
    const v = ctx.value;
    if (v.value === undefined && v.expr === undefined) {
      ctx.issues.push({ code: "custom", message: 'a date value needs "value" (an ISO date) or "expr" (words)', input: v });
    } else if (v.value !== undefined && v.expr !== undefined) {
      ctx.issues.push({ code: "custom", message: 'a date value has either "value" or "expr", not both', input: v, path: ["expr"] });
    } else if (v.anchor !== undefined && v.expr === undefined) {
      ctx.issues.push({ code: "custom", message: '"anchor" only applies to an "expr" date', input: v, path: ["anchor"] });
    }
  });

export const EntityValueSchema = z.strictObject({
  type: z.literal("entity"),
  value: nonEmpty("an entity name"),
});

export const TextValueSchema = z.strictObject({
  type: z.literal("text"),
  value: nonEmpty("a text value"),
});

export const NumberValueSchema = z.strictObject({
  type: z.literal("number"),
  value: z.number(),
  unit: nonEmpty("a unit").optional(),
});

/**
 * ISO 8601 date and time to the minute, seconds optional, then `Z`, an offset or
 * nothing (a local clock time): `2011-12-01T14:07`, `2011-12-01T14:07-05:00`.
 */
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** Why a string is not an ISO date and time, or `undefined` when it is one. */
export function isoDateTimeProblem(text: string): string | undefined {
  const m = ISO_DATETIME.exec(text);
  if (!m) return `"${text}" is not an ISO 8601 date and time (YYYY-MM-DDTHH:MM, seconds and an offset optional)`;
  const day = parsePartialDate(`${m[1]}-${m[2]}-${m[3]}`);
  if (!day.ok) return day.reason;
  if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) return `"${text}" has no such time of day`;
  const offset = m[7];
  if (offset !== undefined && offset !== "Z") {
    const digits = offset.replace(":", "");
    if (Number(digits.slice(1, 3)) > 18 || Number(digits.slice(3)) > 59) return `"${text}" has an impossible offset ${offset}`;
  }
  return undefined;
}

/** Whether the runtime knows an IANA time zone (through Intl, so no zone table ships with the schema). */
export function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const ZoneSchema = z
  .string()
  .refine(isKnownZone, { error: (iss) => `"${String(iss.input)}" is not an IANA time zone (such as "America/Chicago")` });

/** A time of day on a date, written in ISO 8601 or as words and figures resolved against an anchor or the publication date. */
export const DateTimeValueSchema = z
  .strictObject({
    type: z.literal("datetime"),
    value: z
      .string()
      .check((ctx) => {
        const why = isoDateTimeProblem(ctx.value);
        if (why !== undefined) ctx.issues.push({ code: "custom", message: why, input: ctx.value });
      })
      .optional(),
    expr: nonEmpty("a date and time expression").optional(),
    anchor: PartialDateSchema.optional(),
    zone: ZoneSchema.optional(),
  })
  .check((ctx) => {
    const v = ctx.value;
    if (v.value === undefined && v.expr === undefined) {
      ctx.issues.push({ code: "custom", message: 'a datetime value needs "value" (ISO 8601) or "expr" (as written)', input: v });
    } else if (v.value !== undefined && v.expr !== undefined) {
      ctx.issues.push({ code: "custom", message: 'a datetime value has either "value" or "expr", not both', input: v, path: ["expr"] });
    } else if (v.anchor !== undefined && v.expr === undefined) {
      ctx.issues.push({ code: "custom", message: '"anchor" only applies to an "expr" datetime', input: v, path: ["anchor"] });
    }
  });

/** An identifier: a gate, a flight or case number, an ISBN. */
export const CodeValueSchema = z.strictObject({
  type: z.literal("code"),
  value: nonEmpty("a code"),
});

/** A list of people or organisations, as a list or as written. */
export const NamesValueSchema = z
  .strictObject({
    type: z.literal("names"),
    value: z.array(nonEmpty("a name")).min(1, { error: "a names value lists at least one name" }).optional(),
    expr: nonEmpty("a list of names").optional(),
  })
  .check((ctx) => {
    const v = ctx.value;
    if (v.value === undefined && v.expr === undefined) {
      ctx.issues.push({ code: "custom", message: 'a names value needs "value" (a list) or "expr" (the list as written)', input: v });
    } else if (v.value !== undefined && v.expr !== undefined) {
      ctx.issues.push({ code: "custom", message: 'a names value has either "value" or "expr", not both', input: v, path: ["expr"] });
    }
  });

export const STATUSES = ["not-started", "in-progress", "complete"] as const;

export const StatusValueSchema = z.strictObject({
  type: z.literal("status"),
  value: z.enum(STATUSES, { error: `a status is one of ${STATUSES.map((s) => `"${s}"`).join(", ")}` }),
});

export const VALUE_TYPES = ["date", "entity", "text", "number", "status", "datetime", "code", "names"] as const;

export const ValueSchema = z.discriminatedUnion(
  "type",
  [
    DateValueSchema,
    EntityValueSchema,
    TextValueSchema,
    NumberValueSchema,
    StatusValueSchema,
    DateTimeValueSchema,
    CodeValueSchema,
    NamesValueSchema,
  ],
  {
    error: (iss) =>
      iss.input === undefined ? undefined : `a value is an object whose "type" is one of ${VALUE_TYPES.map((t) => `"${t}"`).join(", ")}`,
  },
);

export const SourceSchema = z.strictObject({
  id: nonEmpty("a source id"),
  outlet: nonEmpty("an outlet"),
  publishedAt: PartialDateSchema.nullable().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  author: z.string().optional(),
  language: z.string().optional(),
  note: z.string().optional(),
  republishes: nonEmpty("republishes").optional(),
});

export const EntitySchema = z.strictObject({
  id: nonEmpty("an entity id"),
  names: z.array(nonEmpty("an entity name")).min(1, { error: "an entity needs at least one name" }),
  note: z.string().optional(),
});

export const PredicateSpecSchema = z.strictObject({
  type: z.enum(VALUE_TYPES, { error: `a predicate type is one of ${VALUE_TYPES.map((t) => `"${t}"`).join(", ")}` }),
  cardinality: z.enum(["one", "many"], { error: 'cardinality is "one" or "many"' }).default("one"),
  changesOverTime: z.boolean().default(false),
  role: z.enum(["deadline"], { error: 'the only role is "deadline"' }).optional(),
  /** Values within this distance agree: for `number`, in the value's unit; for `datetime`, in minutes. */
  tolerance: z.number().nonnegative().optional(),
  description: z.string().optional(),
});

export const ClaimSchema = z.strictObject({
  id: nonEmpty("a claim id"),
  source: nonEmpty("a claim's source"),
  subject: nonEmpty("a subject"),
  predicate: nonEmpty("a predicate"),
  value: ValueSchema,
  quote: nonEmpty("a quote"),
  attributedTo: nonEmpty("attributedTo").optional(),
  asOf: DateValueSchema.optional(),
  qualifiers: z.record(nonEmpty("a qualifier name"), ValueSchema).optional(),
  hedged: z.boolean().optional(),
  note: z.string().optional(),
});

export const CORPUS_FORMAT = "corroborate/v1";

export const CorpusSchema = z.strictObject({
  format: z.literal(CORPUS_FORMAT, { error: `format must be "${CORPUS_FORMAT}"` }),
  title: z.string().optional(),
  description: z.string().optional(),
  sources: z.array(SourceSchema),
  entities: z.array(EntitySchema).default([]),
  predicates: z.record(nonEmpty("a predicate name"), PredicateSpecSchema).default({}),
  claims: z.array(ClaimSchema),
});
