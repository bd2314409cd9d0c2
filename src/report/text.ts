import type { Evidence, Finding, Report } from "../engine/types.js";
import { bySubject, summaryLine, writtenAndResolved } from "./group.js";

export interface TextOptions {
  /** ANSI colour (the CLI sets it only for a TTY without NO_COLOR). */
  readonly color?: boolean;
  /** Wrap width; default 80. */
  readonly width?: number;
}

const ANSI = { red: "31", yellow: "33", green: "32", dim: "2", bold: "1", cyan: "36" } as const;

/**
 * The report for a terminal, like ESLint's stylish formatter: grouped by subject
 * then predicate, discrepancies first, each finding with its sources, values as
 * written and resolved, and quotes; a summary line at the end. Readable at 80 columns.
 *
 * @example
 * ```ts
 * console.log(formatText(report, { color: process.stdout.isTTY }));
 * ```
 */
export function formatText(report: Report, options: TextOptions = {}): string {
  const width = options.width ?? 80;
  const paint = (code: keyof typeof ANSI, text: string) => (options.color ? `\u001b[${ANSI[code]}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  if (report.title) lines.push(paint("bold", report.title), "");
  for (const section of bySubject(report)) {
    lines.push(paint("bold", section.subject ?? "(whole corpus)"));
    for (const { predicate, findings } of section.predicates) {
      lines.push(`  ${paint("cyan", predicate ?? "(no predicate)")}`);
      for (const f of findings) lines.push(...finding(f, report, width, paint), "");
    }
  }
  const s = report.summary;
  const mark = s.discrepancies > 0 ? paint("red", "✖") : paint("green", "✔");
  lines.push(`${mark} ${summaryLine(report)}`);
  return `${lines.join("\n")}\n`;
}

function finding(f: Finding, report: Report, width: number, paint: (code: keyof typeof ANSI, text: string) => string): string[] {
  const label =
    f.kind === "discrepancy" ? paint(f.severity === "error" ? "red" : "yellow", "discrepancy")
    : f.kind === "agreement" ? paint("green", "agreement")
    : paint(f.severity === "info" ? "dim" : "yellow", "note");
  const head = `${label} ${paint("dim", `[${f.rule}]`)}`;
  const out = [`    ${head}`, ...wrap(f.message, width - 6).map((l) => `      ${l}`)];
  for (const id of f.claims) out.push(...evidence(id, report.claims[id]!, width, paint));
  return out;
}

function evidence(id: string, e: Evidence, width: number, paint: (code: keyof typeof ANSI, text: string) => string): string[] {
  const date = e.publishedAt ?? "date unknown";
  const value = writtenAndResolved(e, "'");
  const who = `${e.outlet} (${date})${e.attributedTo ? `, citing ${e.attributedTo}` : ""}${e.hedged ? ", hedged" : ""}`;
  const when = e.asOf !== undefined ? ` as of ${e.asOf}` : "";
  const out = wrap(`${id}: ${who}: ${value}${when}`, width - 8).map((l, i) => `${i === 0 ? "      - " : "        "}${l}`);
  out.push(...wrap(`“${e.quote}”`, width - 10).map((l) => `          ${paint("dim", l)}`));
  return out;
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
