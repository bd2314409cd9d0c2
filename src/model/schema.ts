import * as z from "zod/mini";
import { parsePartialDate } from "../time/partial-date.js";

/**
 * zod schemas of the corpus format (README, "Corpus format"). They check shape only;
 * cross-record rules (unique ids, known sources, predicate types) live in
 * `parse-corpus.ts`, because they need the whole document.
 *
 * Written with `zod/mini`: the same engine as classic zod, without the method
 * chains that keep every check and zod's locales in a bundle (24 KB against
 * 90 KB minified). Mini has no default English messages, so every check that
 * can fail carries its own; the words are ours anyway.
 *
 * Every object is strict: an unknown key is an error, so a typo never passes silently.
 * The fast path (`fast-validate.ts`) and the "did you mean" list take their keys
 * from these shapes, so a key added here is known everywhere.
 */

const nonEmpty = (what: string) => z.string().check(z.refine((s) => s.trim().length > 0, { error: `${what} must not be empty` }));

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real calendar date. */
export const PartialDateSchema = z.string().check(
  z.regex(PARTIAL_DATE, { error: (iss) => `"${String(iss.input)}" is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)` }),
  (ctx) => {
    if (!PARTIAL_DATE.test(ctx.value)) return; // the pattern already said so
    const parsed = parsePartialDate(ctx.value);
    if (!parsed.ok) ctx.issues.push({ code: "custom", message: parsed.reason, input: ctx.value });
  },
  z.meta({ description: "A partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD; it must be a real calendar date." }),
);

/**
 * The `type` tag of a value. A missing tag keeps the wording classic zod gave it
 * (the tests pin it); a wrong one says what was expected.
 */
const tag = <T extends string>(type: T, wrong?: string) =>
  z.literal(type, { error: (iss) => (iss.input === undefined || wrong === undefined ? `Invalid input: expected "${type}"` : wrong) });

/** A date, either written as an ISO partial date or as words resolved against an anchor or the publication date. */
export const DateValueSchema = z
  .strictObject({
    type: tag("date", 'expected a date value ("type": "date")'),
    value: z.optional(PartialDateSchema),
    expr: z.optional(nonEmpty("a date expression")),
    anchor: z.optional(PartialDateSchema),
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
  type: tag("entity"),
  value: nonEmpty("an entity name"),
});

export const TextValueSchema = z.strictObject({
  type: tag("text"),
  value: nonEmpty("a text value"),
});

/**
 * Why a number cannot be a value, or `undefined`. From 2^53 on, a double no
 * longer holds every integer, so two sources that wrote different counts
 * (9007199254740993 and 9007199254740992) would be read as the same number and
 * "agree". JSON text is checked as written by the scanner; this is the check for
 * a document already parsed.
 *
 * @example
 * ```ts
 * numberValueProblem(175); // undefined
 * numberValueProblem(2 ** 53); // "the number 9007199254740992 is beyond ±9007199254740991, …"
 * ```
 */
export function numberValueProblem(value: number): string | undefined {
  if (!Number.isInteger(value) || Number.isSafeInteger(value)) return undefined;
  return `the number ${value} is beyond ±9007199254740991, where numbers lose precision; write it as a code value, or in a larger unit`;
}

export const NumberValueSchema = z.strictObject({
  type: tag("number"),
  value: z.number().check((ctx) => {
    const why = numberValueProblem(ctx.value);
    if (why !== undefined) ctx.issues.push({ code: "custom", message: why, input: ctx.value, params: { code: "imprecise_number" } });
  }),
  unit: z.optional(nonEmpty("a unit")),
});

/**
 * ISO 8601 date and time to the minute, seconds optional, then `Z`, an offset or
 * nothing (a local clock time): `2011-12-01T14:07`, `2011-12-01T14:07-05:00`.
 */
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Why a string is not an ISO date and time, or `undefined` when it is one.
 *
 * @example
 * ```ts
 * isoDateTimeProblem("2011-12-01T14:07-05:00"); // undefined
 * isoDateTimeProblem("2011-12-01T25:00"); // '"2011-12-01T25:00" has no such time of day'
 * ```
 */
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

/**
 * Whether the runtime knows an IANA time zone (through Intl, so no zone table ships with the schema).
 *
 * @example
 * ```ts
 * isKnownZone("America/Chicago"); // true
 * ```
 */
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
  .check(z.refine(isKnownZone, { error: (iss) => `"${String(iss.input)}" is not an IANA time zone (such as "America/Chicago")` }));

/** A time of day on a date, written in ISO 8601 or as words and figures resolved against an anchor or the publication date. */
export const DateTimeValueSchema = z
  .strictObject({
    type: tag("datetime"),
    value: z.optional(
      z.string().check((ctx) => {
        const why = isoDateTimeProblem(ctx.value);
        if (why !== undefined) ctx.issues.push({ code: "custom", message: why, input: ctx.value });
      }),
    ),
    expr: z.optional(nonEmpty("a date and time expression")),
    anchor: z.optional(PartialDateSchema),
    zone: z.optional(ZoneSchema),
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
  type: tag("code"),
  value: nonEmpty("a code"),
});

/** A list of people or organisations, as a list or as written. */
export const NamesValueSchema = z
  .strictObject({
    type: tag("names"),
    value: z.optional(z.array(nonEmpty("a name")).check(z.minLength(1, { error: "a names value lists at least one name" }))),
    expr: z.optional(nonEmpty("a list of names")),
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
  type: tag("status"),
  value: z.enum(STATUSES, { error: `a status is one of ${STATUSES.map((s) => `"${s}"`).join(", ")}` }),
});

export const VALUE_TYPES = ["date", "entity", "text", "number", "status", "datetime", "code", "names"] as const;

/** Each value type's schema, by its tag: one table for the union, the fast path and the known keys. */
export const VALUE_SCHEMAS = {
  date: DateValueSchema,
  entity: EntityValueSchema,
  text: TextValueSchema,
  number: NumberValueSchema,
  status: StatusValueSchema,
  datetime: DateTimeValueSchema,
  code: CodeValueSchema,
  names: NamesValueSchema,
} as const satisfies Record<(typeof VALUE_TYPES)[number], unknown>;

/** A claim's value, tagged by `type`: date, entity, text, number, status, datetime, code or names. */
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
      iss.input === undefined ? "Invalid input" : `a value is an object whose "type" is one of ${VALUE_TYPES.map((t) => `"${t}"`).join(", ")}`,
  },
);

/** A source: who published the claims, when, and how that is known. */
export const SourceSchema = z.strictObject({
  id: nonEmpty("a source id"),
  outlet: nonEmpty("an outlet"),
  publishedAt: z.optional(z.nullable(PartialDateSchema)),
  title: z.optional(z.string()),
  url: z.optional(z.string()),
  author: z.optional(z.string()),
  language: z.optional(z.string()),
  note: z.optional(z.string()),
  republishes: z.optional(nonEmpty("republishes")),
});

/** A person, organisation or place, and the names sources call it by. */
export const EntitySchema = z.strictObject({
  id: nonEmpty("an entity id"),
  names: z.array(nonEmpty("an entity name")).check(z.minLength(1, { error: "an entity needs at least one name" })),
  note: z.optional(z.string()),
});

/** A record (predicates, qualifiers) whose names are not blank; classic zod's wording for a bad name is kept. */
const namedRecord = <V extends z.core.SomeType>(what: string, value: V) =>
  z.record(nonEmpty(what), value, { error: (iss) => (iss.code === "invalid_key" ? "Invalid key in record" : undefined) });

/** How claims of one predicate are compared: value type, cardinality, change over time, role, tolerance. */
export const PredicateSpecSchema = z.strictObject({
  type: z.enum(VALUE_TYPES, { error: `a predicate type is one of ${VALUE_TYPES.map((t) => `"${t}"`).join(", ")}` }),
  cardinality: z._default(z.enum(["one", "many"], { error: 'cardinality is "one" or "many"' }), "one"),
  changesOverTime: z._default(z.boolean(), false),
  role: z.optional(z.enum(["deadline"], { error: 'the only role is "deadline"' })),
  /** Values within this distance agree: for `number`, in the value's unit; for `datetime`, in minutes. */
  tolerance: z.optional(z.number().check(z.nonnegative({ error: "Too small: expected number to be >=0" }))),
  description: z.optional(z.string()),
});

/** One claim: a source says that a subject's predicate has a value, in a verbatim quote. */
export const ClaimSchema = z.strictObject({
  id: nonEmpty("a claim id"),
  source: nonEmpty("a claim's source"),
  subject: nonEmpty("a subject"),
  predicate: nonEmpty("a predicate"),
  value: ValueSchema,
  quote: nonEmpty("a quote"),
  attributedTo: z.optional(nonEmpty("attributedTo")),
  asOf: z.optional(DateValueSchema),
  qualifiers: z.optional(namedRecord("a qualifier name", ValueSchema)),
  hedged: z.optional(z.boolean()),
  note: z.optional(z.string()),
});

/** The `format` every corpus document declares. */
export const CORPUS_FORMAT = "corroborate/v1";

/**
 * The corpus document (its shape; the cross-record rules are parseCorpus's).
 *
 * @example
 * ```ts
 * CorpusSchema.safeParse(json).success; // shape only: use parseCorpus for a checked corpus
 * ```
 */
export const CorpusSchema = z.strictObject({
  /** Where an editor finds the JSON Schema of the file (`corroborate/data/corpus.schema.json`, or CORPUS_SCHEMA_ID); nothing else reads it. */
  $schema: z.optional(z.string().check(z.meta({ description: "The JSON Schema this file follows, for editors; corroborate ignores it." }))),
  format: z.literal(CORPUS_FORMAT, { error: `format must be "${CORPUS_FORMAT}"` }),
  title: z.optional(z.string()),
  description: z.optional(z.string()),
  sources: z.array(SourceSchema),
  entities: z._default(z.array(EntitySchema), []),
  predicates: z._default(namedRecord("a predicate name", PredicateSpecSchema), {}),
  claims: z.array(ClaimSchema),
});

/** Every object schema of the format, for the keys the format knows. */
export const RECORD_SCHEMAS = [CorpusSchema, SourceSchema, EntitySchema, PredicateSpecSchema, ClaimSchema, ...Object.values(VALUE_SCHEMAS)] as const;
