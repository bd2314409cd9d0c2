/**
 * How the engine arranges resolved claims for rules: groups (one subject's
 * one predicate), time slices of a group, and batches of whole subjects.
 */
import type { Corpus } from "../model/types.js";
import type { ClaimGroup, ResolvedClaim } from "./types.js";

/** Claims by subject, then predicate, in order of first appearance: all of a subject's groups are adjacent. */
export function groupClaims(corpus: Corpus, claims: readonly ResolvedClaim[]): ClaimGroup[] {
  // Maps of maps rather than one map of "subject predicate" keys: a million claims would make a million key strings to hash.
  const subjects = new Map<string, Map<string, ResolvedClaim[]>>(); // both in order of first appearance
  for (const c of claims) {
    const { subject, predicate } = c.claim;
    let lists = subjects.get(subject);
    if (!lists) subjects.set(subject, (lists = new Map()));
    const list = lists.get(predicate);
    if (list) list.push(c);
    else lists.set(predicate, [c]);
  }
  const groups: ClaimGroup[] = [];
  for (const [subject, lists] of subjects) {
    for (const [predicate, list] of lists) groups.push(Object.freeze({ subject, predicate, spec: corpus.predicates[predicate]!, claims: Object.freeze(list) }));
  }
  return groups;
}

/**
 * Split a group where its claims' times do not overlap (a sweep over `asOf`):
 * claims about different times are not compared. Claims with no known time
 * stand alone. A predicate that does not change over time is one slice.
 */
export function sliceByTime(group: ClaimGroup): (readonly ResolvedClaim[])[] {
  if (!group.spec.changesOverTime) return [group.claims];
  const timed = group.claims.filter((c) => c.asOf !== undefined).sort((a, b) => a.asOf!.startDay - b.asOf!.startDay || a.index - b.index);
  const slices: ResolvedClaim[][] = [];
  let end = -Infinity;
  for (const c of timed) {
    if (c.asOf!.startDay > end) slices.push([]);
    slices.at(-1)!.push(c);
    end = Math.max(end, c.asOf!.endDay);
  }
  for (const c of group.claims) if (c.asOf === undefined) slices.push([c]);
  return slices.map((s) => Object.freeze(s.sort((a, b) => a.index - b.index)));
}

/** Consecutive whole subjects, about `size` claims at a time (a subject is never split). */
export function* batches(groups: readonly ClaimGroup[], size: number): Generator<ClaimGroup[]> {
  let batch: ClaimGroup[] = [];
  let claims = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    const startsSubject = i === 0 || groups[i - 1]!.subject !== group.subject;
    if (startsSubject && claims >= size) {
      yield batch;
      batch = [];
      claims = 0;
    }
    batch.push(group);
    claims += group.claims.length;
  }
  if (batch.length > 0) yield batch;
}

/** The groups of a batch split by subject, each subject's groups in order. */
export function bySubject(groups: readonly ClaimGroup[]): ClaimGroup[][] {
  const out: ClaimGroup[][] = [];
  for (let i = 0; i < groups.length; i++) {
    if (i === 0 || groups[i - 1]!.subject !== groups[i]!.subject) out.push([]);
    out.at(-1)!.push(groups[i]!);
  }
  return out;
}

/** The claims of some groups, in corpus order. */
export function claimsOf(groups: readonly ClaimGroup[]): ResolvedClaim[] {
  const out: ResolvedClaim[] = [];
  for (const g of groups) for (const c of g.claims) out.push(c);
  return out.sort((a, b) => a.index - b.index);
}
