/**
 * The report as NDJSON: one JSON object a line, each tagged by its only key, in
 * the order a stream learns them —
 *
 * ```
 * {"report": {"format": "corroborate-report/v1", "title": …}}
 * {"source": {…}}        one per source
 * {"finding": {…}}       one per finding
 * {"consensus": {…}}     one per consensus entry
 * {"claim": {"id": …, …}} one per claim: its evidence, with its id
 * {"summary": {…}}       last
 * ```
 *
 * The same content as the JSON layout, for pipelines that read a line at a
 * time (`jq -c 'select(.finding)'`, `grep '"discrepancy"'`). The first line
 * mirrors the `{"corpus": …}` line of NDJSON input; the summary comes last
 * because a streamed report knows its counts only at the end.
 */
import type { ReportStream } from "../engine/check.js";
import type { Report } from "../engine/types.js";
import { inChunks, reportParts, streamParts, type ReportParts } from "./json.js";

/**
 * The NDJSON layout as pieces of text, a line each.
 *
 * @internal
 * @example
 * ```ts
 * [...ndjsonPieces(reportParts(report))].join("") === formatNdjson(report); // true
 * ```
 */
export function ndjsonPieces(parts: ReportParts): Generator<string> {
  return layout(parts);
}

function* layout(parts: ReportParts): Generator<string> {
  const header = { format: parts.format, ...(parts.title !== undefined && { title: parts.title }) };
  yield `{"report":${JSON.stringify(header)}}\n`;
  for (const source of parts.sources) yield `{"source":${JSON.stringify(source)}}\n`;
  for (const finding of parts.findings) yield `{"finding":${JSON.stringify(finding)}}\n`;
  for (const entry of parts.consensus()) yield `{"consensus":${JSON.stringify(entry)}}\n`;
  // The summary is known now, but written last: a reader can take the last line as "done".
  const summary = parts.summary();
  for (const [id, evidence] of parts.claims) yield `{"claim":${JSON.stringify({ id, ...evidence })}}\n`;
  yield `{"summary":${JSON.stringify(summary)}}\n`;
}

/**
 * The report as NDJSON (see the module's doc for the lines), in pieces of about
 * `chunkSize` characters. The same report always gives the same bytes.
 *
 * @example
 * ```ts
 * for (const chunk of formatNdjsonChunks(report)) process.stdout.write(chunk);
 * ```
 */
export function formatNdjsonChunks(report: Report, chunkSize = 1 << 20): Generator<string> {
  return inChunks(layout(reportParts(report)), chunkSize);
}

/**
 * {@link formatNdjsonChunks} for a {@link ReportStream}: findings are computed as
 * they are written, so memory stays flat however large the corpus.
 *
 * @example
 * ```ts
 * for (const chunk of formatNdjsonStream(checkStream(corpus))) process.stdout.write(chunk);
 * ```
 */
export function formatNdjsonStream(stream: ReportStream, chunkSize = 1 << 20): Generator<string> {
  return inChunks(layout(streamParts(stream)), chunkSize);
}

/**
 * The report as one NDJSON string.
 *
 * @example
 * ```ts
 * const lines = formatNdjson(check(corpus)).trimEnd().split("\n").map((l) => JSON.parse(l));
 * ```
 */
export function formatNdjson(report: Report): string {
  return [...formatNdjsonChunks(report)].join("");
}
