import type { Evidence, Finding, Report } from "../engine/types.js";
import { bySubject, summaryLine, writtenAndResolved } from "./group.js";
import { blockquote, codeSpan, escapeMarkdown } from "./markdown-escape.js";

/**
 * The report as Markdown, for an issue tracker or a fact-check draft: a summary
 * table, then a section per subject, quotes as blockquotes with outlet and date.
 * Corpus text renders as itself: never as markup, a link or raw HTML.
 *
 * @example
 * ```ts
 * await writeFile("report.md", formatMarkdown(report));
 * ```
 */
export function formatMarkdown(report: Report): string {
  const s = report.summary;
  // Lines are pushed one at a time: a finding of 100,000 claims has too many
  // lines to spread into one push() call.
  const out: string[] = [`# ${escapeMarkdown(report.title ?? "corroborate report")}`, ""];
  out.push("| sources | claims | discrepancies | agreements | notes |", "|---:|---:|---:|---:|---:|");
  out.push(`| ${s.sources} | ${s.claims} | ${s.discrepancies} | ${s.agreements} | ${s.notes} |`, "");
  out.push(`${summaryLine(report)}.`, "");
  for (const section of bySubject(report)) {
    out.push(`## ${section.subject === null ? "Whole corpus" : escapeMarkdown(section.subject)}`, "");
    for (const { predicate, findings } of section.predicates) {
      out.push(`### ${predicate === null ? "General" : escapeMarkdown(predicate)}`, "");
      for (const f of findings) finding(out, f, report);
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

const ICON = { discrepancy: "⚠️ Discrepancy", agreement: "✅ Agreement", note: "ℹ️ Note" } as const;

function finding(out: string[], f: Finding, report: Report): void {
  out.push(`**${ICON[f.kind]}** (${f.severity}, ${codeSpan(f.rule)}): ${escapeMarkdown(f.message)}`, "");
  for (const id of f.claims) evidence(out, id, report.claims[id]!);
}

function evidence(out: string[], id: string, e: Evidence): void {
  const value = writtenAndResolved(e, "“", "”");
  const who = `${e.outlet}, ${e.publishedAt ?? "date unknown"}${e.attributedTo ? `, citing ${e.attributedTo}` : ""}${e.hedged ? " (hedged)" : ""}`;
  const when = e.asOf !== undefined ? ` as of ${e.asOf}` : "";
  for (const line of blockquote(e.quote)) out.push(line);
  out.push(`>`, `> — ${escapeMarkdown(who)} · claim ${escapeMarkdown(id)} · ${escapeMarkdown(value + when)}`, "");
}
