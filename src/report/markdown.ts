import type { Evidence, Finding, Report } from "../engine/types.js";
import { bySubject, summaryLine, writtenAndResolved } from "./group.js";

/** Escape text for Markdown: no stray emphasis, links, HTML or table breaks. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`).replace(/\r?\n/g, " ");
}

/**
 * The report as Markdown, for an issue tracker or a fact-check draft: a summary
 * table, then a section per subject, quotes as blockquotes with outlet and date.
 *
 * @example
 * ```ts
 * await writeFile("report.md", formatMarkdown(report));
 * ```
 */
export function formatMarkdown(report: Report): string {
  const s = report.summary;
  const out: string[] = [`# ${escapeMarkdown(report.title ?? "corroborate report")}`, ""];
  out.push("| sources | claims | discrepancies | agreements | notes |", "|---:|---:|---:|---:|---:|");
  out.push(`| ${s.sources} | ${s.claims} | ${s.discrepancies} | ${s.agreements} | ${s.notes} |`, "");
  out.push(`${summaryLine(report)}.`, "");
  for (const section of bySubject(report)) {
    out.push(`## ${escapeMarkdown(section.subject ?? "Whole corpus")}`, "");
    for (const { predicate, findings } of section.predicates) {
      out.push(`### ${escapeMarkdown(predicate ?? "General")}`, "");
      for (const f of findings) out.push(...finding(f, report));
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

const ICON = { discrepancy: "⚠️ Discrepancy", agreement: "✅ Agreement", note: "ℹ️ Note" } as const;

function finding(f: Finding, report: Report): string[] {
  const out = [`**${ICON[f.kind]}** (${f.severity}, \`${f.rule}\`): ${escapeMarkdown(f.message)}`, ""];
  for (const id of f.claims) out.push(...evidence(id, report.claims[id]!));
  return out;
}

function evidence(id: string, e: Evidence): string[] {
  const value = writtenAndResolved(e, "“", "”");
  const who = `${e.outlet}, ${e.publishedAt ?? "date unknown"}${e.attributedTo ? `, citing ${e.attributedTo}` : ""}${e.hedged ? " (hedged)" : ""}`;
  const when = e.asOf !== undefined ? ` as of ${e.asOf}` : "";
  return [`> ${escapeMarkdown(e.quote)}`, `>`, `> — ${escapeMarkdown(who)} · claim ${escapeMarkdown(id)} · ${escapeMarkdown(value + when)}`, ""];
}
