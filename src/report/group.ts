import type { Evidence, Finding, Report } from "../engine/types.js";

/** Findings of one subject, by predicate, discrepancies first (the engine's order). */
export interface SubjectSection {
  readonly subject: string | null;
  readonly predicates: readonly { readonly predicate: string | null; readonly findings: readonly Finding[] }[];
}

/**
 * Group a report's findings by subject, then predicate, keeping the engine's
 * order. Buckets are found through maps, so the work grows with the number of
 * findings, not with findings × subjects.
 */
export function bySubject(report: Report): SubjectSection[] {
  type Bucket = { predicate: string | null; findings: Finding[] };
  const sections: { subject: string | null; predicates: Bucket[]; byPredicate: Map<string | null, Bucket> }[] = [];
  const bySubjectKey = new Map<string | null, (typeof sections)[number]>();
  for (const f of report.findings) {
    const subject = f.subject;
    const predicate = f.predicate;
    let section = bySubjectKey.get(subject);
    if (!section) {
      section = { subject, predicates: [], byPredicate: new Map() };
      sections.push(section);
      bySubjectKey.set(subject, section);
    }
    let bucket = section.byPredicate.get(predicate);
    if (!bucket) {
      bucket = { predicate, findings: [] };
      section.predicates.push(bucket);
      section.byPredicate.set(predicate, bucket);
    }
    bucket.findings.push(f);
  }
  return sections.map(({ subject, predicates }) => ({ subject, predicates }));
}

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
