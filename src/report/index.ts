import type { Report } from "../engine/types.js";
import { formatHtml } from "./html.js";
import { formatJson, formatJsonChunks, formatJsonStream } from "./json.js";
import { formatMarkdown } from "./markdown.js";
import { formatNdjson, formatNdjsonChunks, formatNdjsonStream } from "./ndjson.js";
import { formatText, type TextOptions } from "./text.js";

/** The report formats, by the names the command line takes. */
export const REPORT_FORMATS = ["text", "json", "ndjson", "markdown", "html"] as const;
/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** Options of {@link formatReport}: colour for the text format. */
export type FormatOptions = TextOptions;

/**
 * Render a report in one of the command line's formats. Pure: a function of the report.
 *
 * @example
 * ```ts
 * const html = formatReport(check(corpus), "html");
 * ```
 */
export function formatReport(report: Report, format: ReportFormat, options: FormatOptions = {}): string {
  switch (format) {
    case "json": return formatJson(report);
    case "ndjson": return formatNdjson(report);
    case "markdown": return formatMarkdown(report);
    case "html": return formatHtml(report);
    case "text": return formatText(report, options);
  }
}

/**
 * The same as {@link formatReport}, in pieces, so a large report is written
 * without building it whole (JSON and NDJSON are produced piece by piece).
 *
 * @example
 * ```ts
 * for (const chunk of formatReportChunks(report, "json")) process.stdout.write(chunk);
 * ```
 */
export function formatReportChunks(report: Report, format: ReportFormat, options: FormatOptions = {}): Iterable<string> {
  switch (format) {
    case "json": return formatJsonChunks(report);
    case "ndjson": return formatNdjsonChunks(report);
    default: return [formatReport(report, format, options)];
  }
}

export { formatHtml, formatJson, formatJsonChunks, formatJsonStream, formatMarkdown, formatNdjson, formatNdjsonChunks, formatNdjsonStream, formatText };
