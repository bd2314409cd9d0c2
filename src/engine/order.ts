import type { Corpus } from "../model/types.js";
import type { Finding } from "./types.js";

const KIND_ORDER = { discrepancy: 0, agreement: 1, note: 2 } as const;

/** The report's order of findings, and the rank of a subject in it. */
export interface FindingOrder {
  readonly compare: (a: Finding, b: Finding) => number;
  readonly subjectRank: (subject: string | null) => number;
}

/**
 * The report's order: subjects and predicates in order of first appearance
 * (findings about no subject last), discrepancies first, then rule, first
 * claim and message. `firstClaim` gives each finding's first claim's position
 * in the corpus (kept beside the finding rather than in it).
 */
export function findingOrder(corpus: Corpus, firstClaim: (f: Finding) => number): FindingOrder {
  const subjectOrder = new Map<string, number>();
  const predicateOrder = new Map<string, number>();
  for (const c of corpus.claims) {
    if (!subjectOrder.has(c.subject)) subjectOrder.set(c.subject, subjectOrder.size);
    if (!predicateOrder.has(c.predicate)) predicateOrder.set(c.predicate, predicateOrder.size);
  }
  const subjectRank = (subject: string | null) => (subject === null ? Number.MAX_SAFE_INTEGER : (subjectOrder.get(subject) ?? subjectOrder.size));
  const predicateRank = (predicate: string | null) => (predicate === null ? -1 : (predicateOrder.get(predicate) ?? predicateOrder.size));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    subjectRank,
    compare: (a, b) =>
      subjectRank(a.subject) - subjectRank(b.subject) ||
      predicateRank(a.predicate) - predicateRank(b.predicate) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      cmp(a.rule, b.rule) ||
      firstClaim(a) - firstClaim(b) ||
      cmp(a.message, b.message),
  };
}
