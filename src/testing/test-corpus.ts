/**
 * The corpus of a RuleTester case: the corpus format's input types, taken from
 * its zod schemas, with the checks the schemas make at run time written as
 * types where a type can say them (a date has `value` or `expr`, never both;
 * `anchor` only with `expr`). So a test corpus that `parseCorpus` would refuse
 * is, as far as possible, a compile error in the test file rather than a
 * failing test. What types cannot say (unique ids, known sources, real
 * calendar dates, non-blank strings) stays a run-time error naming the case.
 */
import type * as z from "zod/mini";
import type {
  ClaimSchema,
  CodeValueSchema,
  CorpusSchema,
  DateTimeValueSchema,
  DateValueSchema,
  EntitySchema,
  EntityValueSchema,
  NamesValueSchema,
  NumberValueSchema,
  PredicateSpecSchema,
  SourceSchema,
  StatusValueSchema,
  TextValueSchema,
} from "../model/schema.js";

/**
 * `T` with exactly one of `A` and `B` (the schema refuses both and neither);
 * keys in `OnlyWithB` may appear only beside `B`.
 */
type OneOf<T, A extends keyof T, B extends keyof T, OnlyWithB extends keyof T = never> =
  | (Omit<T, A | B | OnlyWithB> & { [K in A]-?: Exclude<T[K], undefined> } & { [K in B | OnlyWithB]?: never })
  | (Omit<T, A | B> & { [K in B]-?: Exclude<T[K], undefined> } & { [K in A]?: never });

/** `{ type: "date", value: "2023-03-19" }` or `{ type: "date", expr: "on Sunday", anchor?: "2023" }`. */
export type TestDateValue = OneOf<z.input<typeof DateValueSchema>, "value", "expr", "anchor">;
/** `{ type: "datetime", value: "2011-12-01T14:07-05:00" }` or `{ type: "datetime", expr: "2:07 PM", anchor?: "2011-12-01" }`. */
export type TestDateTimeValue = OneOf<z.input<typeof DateTimeValueSchema>, "value", "expr", "anchor">;
/** `{ type: "names", value: ["Donald E. Knuth"] }` or `{ type: "names", expr: "Knuth, Donald E.; Patashnik, Oren" }`. */
export type TestNamesValue = OneOf<z.input<typeof NamesValueSchema>, "value", "expr">;

/** A claim's value in a test corpus, tagged by `type`. */
export type TestValue =
  | TestDateValue
  | z.input<typeof EntityValueSchema>
  | z.input<typeof TextValueSchema>
  | z.input<typeof NumberValueSchema>
  | z.input<typeof StatusValueSchema>
  | TestDateTimeValue
  | z.input<typeof CodeValueSchema>
  | TestNamesValue;

/**
 * A value of one type without its `type` tag, for helpers that add the tag:
 * `(value: TestValueFields<"date">) => ({ type: "date", ...value })` keeps the
 * rule that a date has `value` or `expr`, never both.
 */
export type TestValueFields<Type extends TestValue["type"]> = Extract<TestValue, { type: Type }> extends infer V ? (V extends unknown ? Omit<V, "type"> : never) : never;

/** One source of a test corpus. */
export type TestSource = z.input<typeof SourceSchema>;
/** One entity (a name and its aliases) of a test corpus. */
export type TestEntity = z.input<typeof EntitySchema>;
/** One predicate declaration of a test corpus. */
export type TestPredicate = z.input<typeof PredicateSpecSchema>;

/** One claim of a test corpus (annotate helpers with it so literal types like `"date"` are kept). */
export type TestClaim = Omit<z.input<typeof ClaimSchema>, "value" | "asOf" | "qualifiers"> & {
  value: TestValue;
  asOf?: TestDateValue;
  qualifiers?: Record<string, TestValue>;
};

/** A whole corpus for a test case: `format` may be left out. */
export type TestCorpus = Omit<z.input<typeof CorpusSchema>, "format" | "sources" | "entities" | "predicates" | "claims"> & {
  format?: "corroborate/v1";
  sources: readonly TestSource[];
  entities?: readonly TestEntity[];
  predicates?: Readonly<Record<string, TestPredicate>>;
  claims: readonly TestClaim[];
};

/** Part of a corpus: the suite's defaults, or a case's own records when the defaults give the rest. */
export type TestCorpusPart = Partial<TestCorpus>;

/** The fields of a test corpus that hold records with ids, merged record by record. */
const RECORD_LISTS = ["sources", "entities", "claims"] as const;

/**
 * A case's corpus laid over the suite's defaults, as the RuleTester documents it:
 * sources, entities and claims are merged by id (the defaults' first, in their
 * order; a case record with the id of a default one replaces it in place; the
 * case's other records follow), predicates by name, and any other field
 * (`title`, `description`) is the case's when it gives one. Neither input is
 * changed; anything malformed is passed through for `parseCorpus` to report.
 *
 * @example
 * ```ts
 * mergeCorpus({ sources: [wire, daily] }, { sources: [{ ...daily, publishedAt: "2024" }], claims: [c1] });
 * // { sources: [wire, daily (2024)], claims: [c1] }
 * ```
 * @internal
 */
export function mergeCorpus(defaults: TestCorpusPart | undefined, own: TestCorpusPart): TestCorpusPart {
  if (defaults === undefined) return own;
  const merged: Record<string, unknown> = { ...defaults, ...own };
  for (const key of RECORD_LISTS) {
    const base: unknown = defaults[key];
    const mine: unknown = own[key];
    if (Array.isArray(base) && Array.isArray(mine)) merged[key] = mergeById(base, mine);
  }
  if (isPlainObject(defaults.predicates) && isPlainObject(own.predicates)) merged.predicates = { ...defaults.predicates, ...own.predicates };
  return merged as TestCorpusPart;
}

function mergeById(base: readonly unknown[], mine: readonly unknown[]): unknown[] {
  const idOf = (record: unknown): unknown => (isPlainObject(record) ? record.id : undefined);
  // The first case record with an id replaces the default; any later one with the same id is kept, so parseCorpus reports the duplicate.
  const firstById = new Map<string, number>();
  mine.forEach((record, i) => {
    const id = idOf(record);
    if (typeof id === "string" && !firstById.has(id)) firstById.set(id, i);
  });
  const placed = new Set<number>();
  const out = base.map((record) => {
    const id = idOf(record);
    const i = typeof id === "string" ? firstById.get(id) : undefined;
    if (i === undefined) return record;
    placed.add(i);
    return mine[i];
  });
  mine.forEach((record, i) => {
    if (!placed.has(i)) out.push(record);
  });
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
