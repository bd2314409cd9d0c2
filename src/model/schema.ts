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

export const STATUSES = ["not-started", "in-progress", "complete"] as const;

export const StatusValueSchema = z.strictObject({
  type: z.literal("status"),
  value: z.enum(STATUSES, { error: `a status is one of ${STATUSES.map((s) => `"${s}"`).join(", ")}` }),
});

export const VALUE_TYPES = ["date", "entity", "text", "number", "status"] as const;

export const ValueSchema = z.discriminatedUnion(
  "type",
  [DateValueSchema, EntityValueSchema, TextValueSchema, NumberValueSchema, StatusValueSchema],
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
  /** number predicates: values within this absolute distance agree. */
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
