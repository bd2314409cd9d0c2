import type { Evidence, Finding, Report } from "../engine/types.js";

/** Findings of one subject, by predicate, discrepancies first (the engine's order). */
export interface SubjectSection {
  readonly subject: string | null;
  readonly predicates: readonly { readonly predicate: string | null; readonly findings: readonly Finding[] }[];
}

/** Group a report's findings by subject, then predicate, keeping the engine's order. */
export function bySubject(report: Report): SubjectSection[] {
  const sections: { subject: string | null; predicates: { predicate: string | null; findings: Finding[] }[] }[] = [];
  for (const f of report.findings) {
    let section = sections.find((s) => s.subject === f.subject);
    if (!section) sections.push((section = { subject: f.subject, predicates: [] }));
    let bucket = section.predicates.find((p) => p.predicate === f.predicate);
    if (!bucket) section.predicates.push((bucket = { predicate: f.predicate, findings: [] }));
    bucket.findings.push(f);
  }
  return sections;
}

/** "3 discrepancies, 6 agreements, 24 notes in 40 claims from 5 sources". */
export function summaryLine(report: Report): string {
  const s = report.summary;
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : word.endsWith("y") ? "" : "s"}`;
  const discrepancies = `${s.discrepancies} discrepanc${s.discrepancies === 1 ? "y" : "ies"}`;
  const agreements = `${s.agreements} agreement${s.agreements === 1 ? "" : "s"}`;
  return `${discrepancies}, ${agreements}, ${n(s.notes, "note")} in ${n(s.claims, "claim")} from ${n(s.sources, "source")}`;
}

/** A claim's value as written and, where different, as resolved: `'on Sunday' → 2023-03-19`, in the given quote marks. */
export function writtenAndResolved(e: Evidence, open = "", close = open): string {
  const written = `${open}${e.written}${close}`;
  if (e.resolved === null) return `${written} (unresolved)`;
  const resolved = Array.isArray(e.resolved) ? e.resolved.join("; ") : String(e.resolved);
  return resolved === e.written ? written : `${written} → ${resolved}`;
}
