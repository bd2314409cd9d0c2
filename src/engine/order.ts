import type { Finding } from "./types.js";

const KIND_ORDER = { discrepancy: 0, agreement: 1, note: 2 } as const;
/** Findings about a subject or predicate no claim names come after every named one; findings about no subject come last. */
const UNKNOWN = Number.MAX_SAFE_INTEGER - 1;
const NONE = Number.MAX_SAFE_INTEGER;

/**
 * Where subjects and predicates first appear in the whole corpus: the
 * position of the first claim about each (a partition knows its own subjects'
 * and learns the predicates' from the census), `undefined` for one no claim names.
 */
export interface Ranks {
  readonly subject: (subject: string) => number | undefined;
  readonly predicate: (predicate: string) => number | undefined;
}

/** The report's order of findings, and the rank of a subject in it. */
export interface FindingOrder {
  readonly compare: (a: Finding, b: Finding) => number;
  readonly subjectRank: (subject: string | null) => number;
  readonly predicateRank: (predicate: string | null) => number;
}

/**
 * The report's order: subjects and predicates in order of first appearance
 * (findings about no subject last), discrepancies first, then rule, first
 * claim and message. `firstClaim` gives each finding's first claim's position
 * in the corpus (kept beside the finding rather than in it). Ranks are
 * positions in the whole corpus, so a partition orders its findings as the
 * whole report does and merged partitions interleave exactly.
 *
 * @example
 * ```ts
 * const { subjects, predicates } = firstPositions(corpus.claims, positions);
 * const order = findingOrder({ subject: (s) => subjects.get(s), predicate: (p) => predicates.get(p) }, (f) => firstClaim.get(f) ?? -1);
 * findings.sort(order.compare);
 * ```
 */
export function findingOrder(ranks: Ranks, firstClaim: (f: Finding) => number): FindingOrder {
  const subjectRank = (subject: string | null) => (subject === null ? NONE : (ranks.subject(subject) ?? UNKNOWN));
  const predicateRank = (predicate: string | null) => (predicate === null ? -1 : (ranks.predicate(predicate) ?? UNKNOWN));
  return {
    subjectRank,
    predicateRank,
    compare: (a, b) =>
      subjectRank(a.subject) - subjectRank(b.subject) ||
      predicateRank(a.predicate) - predicateRank(b.predicate) ||
      compareRest(a, firstClaim(a), b, firstClaim(b)),
  };
}

/**
 * The order of two findings of one subject and predicate: kind, rule, first
 * claim, message.
 *
 * @example
 * ```ts
 * compareRest(a, 3, b, 7) < 0; // a's first claim comes first, all else equal
 * ```
 */
export function compareRest(a: Finding, aFirst: number, b: Finding, bFirst: number): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || cmp(a.rule, b.rule) || aFirst - bFirst || cmp(a.message, b.message);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Each subject's and predicate's first position, from claims in corpus order
 * and their positions in the whole corpus.
 *
 * @example
 * ```ts
 * firstPositions(corpus.claims, positions).subjects.get("paris-agreement"); // 0
 * ```
 */
export function firstPositions(claims: readonly { readonly subject: string; readonly predicate: string }[], positions: readonly number[]): { subjects: Map<string, number>; predicates: Map<string, number> } {
  const subjects = new Map<string, number>();
  const predicates = new Map<string, number>();
  claims.forEach((c, i) => {
    if (!subjects.has(c.subject)) subjects.set(c.subject, positions[i]!);
    if (!predicates.has(c.predicate)) predicates.set(c.predicate, positions[i]!);
  });
  return { subjects, predicates };
}
