import type { Evidence, Finding, Report } from "../engine/types.js";
import { consensusLine, copiesWords, hasTrustEvidence, NO_TRUST_EVIDENCE, sourceNames, trustWords } from "./consensus-words.js";
import { visible, visibleLines } from "./escape.js";
import { bySubject, claimOf, MISSING_CLAIM, summaryLine, writtenAndResolved } from "./group.js";

export interface TextOptions {
  /** ANSI colour (the CLI sets it only for a TTY without NO_COLOR). */
  readonly color?: boolean;
  /** Wrap width; default 80. */
  readonly width?: number;
}

const ANSI = { red: "31", yellow: "33", green: "32", dim: "2", bold: "1", cyan: "36" } as const;

/**
 * The report for a terminal, like ESLint's stylish formatter: grouped by subject
 * then predicate, each predicate led by its most likely value, then its
 * findings (discrepancies first) with their sources, values as written and
 * resolved, and quotes; then each source's trust and whom it copies, and a
 * summary line. Readable at 80 columns. Every corpus string is shown, never
 * obeyed: control characters appear as `‹U+001B›`.
 *
 * @example
 * ```ts
 * console.log(formatText(report, { color: process.stdout.isTTY }));
 * ```
 */
export function formatText(report: Report, options: TextOptions = {}): string {
  const width = options.width ?? 80;
  const paint: Paint = (code, text) => (options.color ? `\u001b[${ANSI[code]}m${text}\u001b[0m` : text);
  // Lines are pushed one at a time: a finding of 100,000 claims has too many
  // lines to spread into one push() call.
  const lines: string[] = [];
  if (report.title) lines.push(paint("bold", visible(report.title)), "");
  for (const section of bySubject(report)) {
    lines.push(paint("bold", section.subject === null ? "(whole corpus)" : visible(section.subject)));
    for (const { predicate, findings, consensus } of section.predicates) {
      lines.push(`  ${paint("cyan", predicate === null ? "(no predicate)" : visible(predicate))}`);
      for (const entry of consensus) {
        wrap(consensusLine(entry, consensus.length, visible), width - 6).forEach((l, i) => lines.push(`${i === 0 ? "    " : "      "}${paint("bold", l)}`));
      }
      if (consensus.length > 0) lines.push("");
      for (const f of findings) {
        finding(lines, f, report, width, paint);
        lines.push("");
      }
    }
  }
  sources(lines, report, width, paint);
  const s = report.summary;
  const mark = s.discrepancies > 0 ? paint("red", "✖") : paint("green", "✔");
  lines.push(`${mark} ${summaryLine(report)}`);
  return `${lines.join("\n")}\n`;
}

type Paint = (code: keyof typeof ANSI, text: string) => string;

/** Each source's trust and who it copies; when the corpus has no evidence for trust, one line that says so. */
function sources(out: string[], report: Report, width: number, paint: Paint): void {
  const trusted = hasTrustEvidence(report);
  const name = sourceNames(report);
  const listed = trusted ? report.sources : report.sources.filter((s) => copiesWords(s, name).length > 0);
  if (report.sources.length === 0) return;
  out.push(paint("bold", "Sources"));
  if (!trusted) for (const l of wrap(NO_TRUST_EVIDENCE, width - 2)) out.push(`  ${l}`);
  for (const s of listed) {
    const facts = [...(trusted ? [trustWords(s)] : []), ...copiesWords(s, name, visible)];
    wrap(`${visible(s.outlet)} [${visible(s.id)}]: ${facts.join("; ")}`, width - 4).forEach((l, i) => out.push(`${i === 0 ? "  " : "    "}${l}`));
  }
  out.push("");
}

/** Every corpus string goes through visible(): on a terminal, a control character would be obeyed. */
function finding(out: string[], f: Finding, report: Report, width: number, paint: Paint): void {
  const label =
    f.kind === "discrepancy" ? paint(f.severity === "error" ? "red" : "yellow", "discrepancy")
    : f.kind === "agreement" ? paint("green", "agreement")
    : paint(f.severity === "info" ? "dim" : "yellow", "note");
  out.push(`    ${label} ${paint("dim", `[${visible(f.rule)}]`)}`);
  for (const line of wrap(visible(f.message), width - 6)) out.push(`      ${line}`);
  if (f.note) for (const line of wrap(visible(f.note), width - 6)) out.push(`      ${paint("dim", line)}`);
  for (const id of f.claims) {
    const e = claimOf(report, id);
    if (e) evidence(out, id, e, width, paint);
    else out.push(`      - ${visible(id)}: ${MISSING_CLAIM}`);
  }
}

function evidence(out: string[], id: string, e: Evidence, width: number, paint: Paint): void {
  const date = e.publishedAt ?? "date unknown";
  const value = writtenAndResolved(e, "'");
  const who = `${e.outlet} (${date})${e.attributedTo ? `, citing ${e.attributedTo}` : ""}${e.hedged ? ", hedged" : ""}`;
  const when = e.asOf !== undefined ? ` as of ${e.asOf}` : "";
  wrap(visible(`${id}: ${who}: ${value}${when}`), width - 8).forEach((l, i) => out.push(`${i === 0 ? "      - " : "        "}${l}`));
  // A quote keeps its own line breaks, each line indented under the claim, so
  // a line break in the corpus cannot start a line of the report's own.
  const quote = visibleLines(e.quote);
  quote.forEach((line, i) => {
    const text = `${i === 0 ? "“" : ""}${line}${i === quote.length - 1 ? "”" : ""}`;
    for (const l of wrap(text, width - 10)) out.push(`          ${paint("dim", l)}`);
  });
}

/** Greedy word wrap; words longer than the width stand on their own line. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (word === "") continue;
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
