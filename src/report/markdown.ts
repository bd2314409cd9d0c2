import type { Evidence, Finding, Report } from "../engine/types.js";
import { bySubject, claimOf, MISSING_CLAIM, summaryLine, writtenAndResolved } from "./group.js";
import { consensusLine, copiesWords, hasTrustEvidence, NO_TRUST_EVIDENCE, probability, sourceNames } from "./consensus-words.js";
import { blockquote, codeSpan, escapeMarkdown } from "./markdown-escape.js";

/**
 * The report as Markdown, for an issue tracker or a fact-check draft: a summary
 * table, a table of the sources' trust and whom they copy, then a section per
 * subject with each predicate's most likely value and its findings, quotes as
 * blockquotes with outlet and date.
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
  sources(out, report);
  for (const section of bySubject(report)) {
    out.push(`## ${section.subject === null ? "Whole corpus" : escapeMarkdown(section.subject)}`, "");
    for (const { predicate, findings, consensus } of section.predicates) {
      out.push(`### ${predicate === null ? "General" : escapeMarkdown(predicate)}`, "");
      for (const entry of consensus) out.push(`**${consensusLine(entry, consensus.length, escapeMarkdown)}**`, "");
      for (const f of findings) finding(out, f, report);
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/**
 * A table of the sources with their trust and who they copy; when the corpus
 * has no evidence for trust, a sentence that says so instead of a column of
 * blanks (and the table only lists the sources that copy).
 */
function sources(out: string[], report: Report): void {
  const trusted = hasTrustEvidence(report);
  const name = sourceNames(report);
  const listed = trusted ? report.sources : report.sources.filter((s) => copiesWords(s, name).length > 0);
  if (report.sources.length === 0) return;
  out.push("## Sources", "");
  if (!trusted) out.push(NO_TRUST_EVIDENCE, "");
  if (listed.length === 0) return;
  out.push(trusted ? "| source | trust | copies |" : "| source | copies |", trusted ? "|---|---:|---|" : "|---|---|");
  for (const s of listed) {
    const cells = [`${escapeMarkdown(s.outlet)} ${escapeMarkdown(`[${s.id}]`)}`];
    if (trusted) cells.push(s.trust === undefined ? "not enough evidence" : probability(s.trust));
    cells.push(copiesWords(s, name, escapeMarkdown).join("; ") || "—");
    out.push(`| ${cells.join(" | ")} |`);
  }
  out.push("");
}

const ICON = { discrepancy: "⚠️ Discrepancy", agreement: "✅ Agreement", note: "ℹ️ Note" } as const;

function finding(out: string[], f: Finding, report: Report): void {
  // Kind and severity are the engine's words, but a report read back from JSON could hold anything.
  out.push(`**${ICON[f.kind] ?? escapeMarkdown(f.kind)}** (${escapeMarkdown(f.severity)}, ${codeSpan(f.rule)}): ${escapeMarkdown(f.message)}`, "");
  if (f.note) out.push(`*${escapeMarkdown(f.note.replace(/\s+/g, " "))}*`, "");
  for (const id of f.claims) {
    const e = claimOf(report, id);
    if (e) evidence(out, id, e);
    else out.push(`> — claim ${escapeMarkdown(id)}: ${MISSING_CLAIM}`, "");
  }
}

function evidence(out: string[], id: string, e: Evidence): void {
  const value = writtenAndResolved(e, "“", "”");
  const who = `${e.outlet}, ${e.publishedAt ?? "date unknown"}${e.attributedTo ? `, citing ${e.attributedTo}` : ""}${e.hedged ? " (hedged)" : ""}`;
  const when = e.asOf !== undefined ? ` as of ${e.asOf}` : "";
  for (const line of blockquote(e.quote)) out.push(line);
  out.push(`>`, `> — ${escapeMarkdown(who)} · claim ${escapeMarkdown(id)} · ${escapeMarkdown(value + when)}`, "");
}
