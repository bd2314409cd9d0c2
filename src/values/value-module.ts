/**
 * One home per value type. Each type of claim value (date, datetime, entity,
 * names, code, text, number, status) has one module in this folder that owns
 * everything corroborate knows about it: how it is written, how it is read,
 * its canonical key and report form, when two values are the same, compatible
 * or different (and how far apart), how much one lends weight to another, and
 * how it is labelled and explained. The engine, the rules, consensus and the
 * report formats ask the module; none of them switch on the type.
 *
 * Adding a type is one module, its tests, a zod schema in `model/schema.ts`
 * and a line in `values/index.ts`.
 */
import type { EntityIdentity } from "../entities/matcher.js";
import type { PredicateSpec, Value, ValueType } from "../model/types.js";

/** The corpus value of one type. */
export type ValueOf<T extends ValueType> = Extract<Value, { readonly type: T }>;

/**
 * A value as a report states it (cluster values, consensus): an ISO partial
 * date or date-time, an entity id or name, a number, a text, a status, a code,
 * or (for `names`) the list of names.
 */
export type ReportValue = string | number | readonly string[];

/** What a value is read against. */
export interface ReadContext {
  /** The publication date of the claim's source (ISO partial date), or `null` when unknown. */
  readonly publishedAt: string | null;
  /** The words around the value (the claim's quote): tense and cue words decide some readings. */
  readonly context: string;
  /** Identify a name against the corpus's entities (cached by the engine). */
  readonly identify: (name: string) => EntityIdentity;
  /**
   * A scratch memo that lives as long as one check, for readings worth
   * sharing beyond `shareKey` (a date expression whose reading turned out not
   * to depend on its quote). Keys must start with the module's type.
   */
  readonly memo: Map<string, unknown>;
}

/** What every resolved value carries, whatever its type. */
export interface ResolvedBase<T extends ValueType> {
  readonly type: T;
  /** The value as the source wrote it ("on Sunday", "2:07 PMDec 01", "Knuth, Donald E."). */
  readonly written: string;
}

/**
 * How two readable values of one predicate relate.
 *
 * - `same`: the same value, however written, or within the predicate's tolerance;
 * - `compatible`: they agree, but one says more than the other ("March 2023" and
 *   "19 March 2023"; "C18" and "Term C - C18"; an author list and a subset of it):
 *   `finer` names the more specific one, `neither` when they only overlap;
 * - `different`: they contradict each other; `distance` says how far apart they
 *   are when that has a size ("3 minutes", "2 days", "4 parties").
 */
export type ValueRelation =
  | { readonly relation: "same" }
  | { readonly relation: "compatible"; readonly finer: "first" | "second" | "neither" }
  | { readonly relation: "different"; readonly distance?: Distance };

/** How far apart two different values are. */
export interface Distance {
  /** In the unit below: 3, 5, 2. */
  readonly amount: number;
  /** "minute", "day", "party": singular. */
  readonly unit: string;
  /** For a sentence: "3 minutes", "2 days". */
  readonly text: string;
}

/**
 * Everything corroborate knows about one value type. `R` is the type's
 * resolved value: plain, frozen data that the engine computes once per
 * distinct value and rules read.
 *
 * Every function is pure and total: a value that cannot be read is a resolved
 * value whose {@link ValueModule.failure} says why, never an exception.
 */
export interface ValueModule<T extends ValueType, R extends ResolvedBase<ValueType>> {
  readonly type: T;
  /** The value as its source wrote it. */
  written(value: ValueOf<T>): string;
  /**
   * A key under which one reading serves every claim that carries an equal
   * value read against the same publication date, or `undefined` when the
   * reading depends on more of the claim (its quote, for a relative
   * expression whose tense decides it). Include `publishedAt` in the key only
   * when the reading uses it, so that values read alike are read once.
   */
  shareKey(value: ValueOf<T>, publishedAt: string | null): string | undefined;
  /** Read a value. Never throws. */
  read(value: ValueOf<T>, ctx: ReadContext): R;
  /** Why the value could not be read, or `undefined` when it was. */
  failure(resolved: R): string | undefined;
  /**
   * How the value was read, in one line ("'2:07 PMDec 01' against 2011-12-01
   * → 14:07, no zone"), or `undefined` when it was read as written.
   */
  how(resolved: R): string | undefined;
  /** Readable values with equal keys are the same value. */
  key(resolved: R): string;
  /** The value in the report's form (cluster and consensus values). */
  canonical(resolved: R): ReportValue;
  /** The value for a sentence: "19 March 2023", "14:07 (-05:00)", "Knuth and Patashnik". */
  label(resolved: R): string;
  /** How two readable values of a predicate relate (`spec` gives the tolerance). */
  compare(a: R, b: R, spec: PredicateSpec): ValueRelation;
  /**
   * How much a claim of `a` lends weight to `b` being true, from 0 to 1: 1 for
   * the same value, a part for a near or less specific one ("14:06" for
   * "14:07", "March" for "19 March", a subset for the whole list), 0 for a
   * value that contradicts it. Used by consensus.
   */
  support(a: R, b: R, spec: PredicateSpec): number;
  /**
   * The value a cluster of agreeing readings stands for: what all of them
   * allow, as specifically as they say it (the day within a month; the
   * longest author list; the most common time within tolerance). Called with
   * at least one reading, each distinct value once, and `counts[i]` the
   * number of claims that carry `readings[i]`; deterministic whatever their order.
   */
  combine(readings: readonly R[], counts: readonly number[], spec: PredicateSpec): R;
  /**
   * Blocking keys: two values that share none are different without being
   * compared (keeps clustering linear on many distinct values); `spec` gives
   * the tolerance, within which values must share a block. `undefined`:
   * compare every pair.
   */
  blocks?(resolved: R, spec: PredicateSpec): readonly string[];
  /**
   * Whether `a` says all that `b` says, so that two values that each say part
   * of `a` do not contradict each other beside it: an author list and one of
   * its names. `undefined`: only equal keys
   * do (a gate code beside a terminal names no more than it shares).
   */
  entails?(a: R, b: R, spec: PredicateSpec): boolean;
}

/**
 * The most specific of some readings (by `specificity`, higher says more);
 * ties go to the most common, then to the first written in code-point order,
 * so the result never depends on the order of the readings. What `combine`
 * returns for types whose cluster stands for its fullest value (codes, author
 * lists).
 *
 * @example
 * ```ts
 * mostSpecific(readings, counts, (r) => r.labels.length); // "Terminal 3 - 24" over "24"
 * ```
 */
export function mostSpecific<R extends { readonly written: string }>(readings: readonly R[], counts: readonly number[], specificity: (r: R) => number): R {
  let best = 0;
  for (let i = 1; i < readings.length; i++) {
    const d = specificity(readings[i]!) - specificity(readings[best]!) || counts[i]! - counts[best]!;
    if (d > 0 || (d === 0 && readings[i]!.written < readings[best]!.written)) best = i;
  }
  return readings[best]!;
}
