import type { ConsensusEntry, Evidence, Finding, Report } from "../engine/types.js";

/** One subject's predicate: its findings (discrepancies first, the engine's order) and what consensus concluded about it. */
export interface PredicateSection {
  readonly predicate: string | null;
  readonly findings: readonly Finding[];
  /** The most likely value (one per time slice, or each value judged true for a `many` predicate), in report order. */
  readonly consensus: readonly ConsensusEntry[];
}

/** Findings and consensus of one subject, by predicate. */
export interface SubjectSection {
  readonly subject: string | null;
  readonly predicates: readonly PredicateSection[];
}

/**
 * Group a report's findings, and its consensus entries beside them, by
 * subject, then predicate, keeping the engine's order (a group consensus knows
 * but no finding mentions comes after those that have findings). Buckets are
 * found through maps, so the work grows with the number of findings, not with
 * findings × subjects.
 */
export function bySubject(report: Report): SubjectSection[] {
  type Bucket = { predicate: string | null; findings: Finding[]; consensus: ConsensusEntry[] };
  const sections: { subject: string | null; predicates: Bucket[]; byPredicate: Map<string | null, Bucket> }[] = [];
  const bySubjectKey = new Map<string | null, (typeof sections)[number]>();
  const bucketOf = (subject: string | null, predicate: string | null): Bucket => {
    let section = bySubjectKey.get(subject);
    if (!section) {
      section = { subject, predicates: [], byPredicate: new Map() };
      sections.push(section);
      bySubjectKey.set(subject, section);
    }
    let bucket = section.byPredicate.get(predicate);
    if (!bucket) {
      bucket = { predicate, findings: [], consensus: [] };
      section.predicates.push(bucket);
      section.byPredicate.set(predicate, bucket);
    }
    return bucket;
  };
  for (const f of report.findings) bucketOf(f.subject, f.predicate).findings.push(f);
  // A report written before consensus existed has none.
  for (const entry of report.consensus ?? []) bucketOf(entry.subject, entry.predicate).consensus.push(entry);
  return sections.map(({ subject, predicates }) => ({ subject, predicates }));
}

/**
 * The claim a finding names, when the report holds it. An own property only:
 * an id such as `constructor` must not find Object's. A report read back from
 * JSON may name a claim it lacks; the formats say so instead of failing.
 *
 * @example
 * ```ts
 * claimOf(report, "wire-signed-on")?.outlet;   // "Global Wire"
 * claimOf(report, "toString");                  // undefined
 * ```
 */
export function claimOf(report: Report, id: string): Evidence | undefined {
  return Object.prototype.hasOwnProperty.call(report.claims, id) ? report.claims[id] : undefined;
}

/** What a format shows for a claim a finding names but the report lacks. */
export const MISSING_CLAIM = "not in the report";

/** "3 discrepancies, 6 agreements, 24 notes in 40 claims from 5 sources". */
export function summaryLine(report: Report): string {
  const s = report.summary;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : word.endsWith("y") ? "" : "s"}`;
  const discrepancies = `${s.discrepancies} discrepanc${s.discrepancies === 1 ? "y" : "ies"}`;
  const agreements = `${s.agreements} agreement${s.agreements === 1 ? "" : "s"}`;
  return `${discrepancies}, ${agreements}, ${n(s.notes, "note")} in ${n(s.claims, "claim")} from ${n(s.sources, "source")}`;
}

/**
 * A claim's value as written and, where different, as resolved:
 * `'on Sunday' → 2023-03-19`, in the given quote marks. `show` renders each
 * corpus part (the HTML report escapes and isolates them one by one).
 */
export function writtenAndResolved(e: Evidence, open = "", close = open, show: (text: string) => string = (text) => text): string {
  const written = `${open}${show(e.written)}${close}`;
  if (e.resolved === null) return `${written} (unresolved)`;
  const resolved = Array.isArray(e.resolved) ? e.resolved.join("; ") : String(e.resolved);
  return resolved === e.written ? written : `${written} → ${show(resolved)}`;
}
