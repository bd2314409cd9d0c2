/**
 * What the report is written as and what it shows: the format (asked for, or
 * taken from the output file's extension), the findings `--quiet` keeps, and
 * the findings that make the exit status 1.
 */
import { extname } from "node:path";
import type { Finding } from "../engine/types.js";
import type { ReportFormat } from "../report/index.js";

const BY_EXTENSION: Readonly<Record<string, ReportFormat>> = {
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
  ".txt": "text",
};

/**
 * The report's format: `--format` when given; else the output file's
 * extension (`report.html` is HTML); else text for a terminal and JSON for
 * anything else (a pipe, or a file whose extension says nothing).
 *
 * @example
 * ```ts
 * chooseFormat({ format: undefined, output: "report.html" }, false); // "html"
 * chooseFormat({ format: undefined, output: undefined }, true);      // "text"
 * ```
 */
export function chooseFormat(command: { readonly format: ReportFormat | undefined; readonly output: string | undefined }, stdoutIsTTY: boolean): ReportFormat {
  if (command.format !== undefined) return command.format;
  if (command.output !== undefined) return BY_EXTENSION[extname(command.output).toLowerCase()] ?? "json";
  return stdoutIsTTY ? "text" : "json";
}

/**
 * What `--quiet` keeps: discrepancies, and findings of severity warning or error.
 *
 * @example
 * ```ts
 * report.findings.filter(needsAttention);
 * ```
 */
export function needsAttention(finding: Finding): boolean {
  return finding.kind === "discrepancy" || finding.severity === "warning" || finding.severity === "error";
}

/**
 * What makes the exit status 1: a discrepancy, or a finding of severity error
 * (a rule that failed is one), so a pipeline never passes a crashed rule.
 *
 * @example
 * ```ts
 * const status = report.findings.some(fails) ? 1 : 0;
 * ```
 */
export function fails(finding: Finding): boolean {
  return finding.kind === "discrepancy" || finding.severity === "error";
}
