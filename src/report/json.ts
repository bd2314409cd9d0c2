import type { ReportStream } from "../engine/check.js";
import type { Evidence, Finding, Report, ReportSource, ReportSummary } from "../engine/types.js";

/** What the JSON layout needs: a report, or a stream of one. */
interface JsonParts {
  readonly format: string;
  readonly title?: string;
  readonly sources: readonly ReportSource[];
  readonly findings: Iterable<Finding>;
  /** Read after the findings (a stream only knows its counts then). */
  readonly summary: () => ReportSummary;
  readonly claims: Iterable<readonly [string, Evidence]>;
}

function* layout(parts: JsonParts, chunkSize: number): Generator<string> {
  let buffer = "";
  const push = function* (text: string): Generator<string> {
    buffer += text;
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = "";
    }
  };
  const list = function* <T>(items: Iterable<T>, line: (item: T) => string, close: string): Generator<string> {
    let first = true;
    for (const item of items) {
      yield* push(`${first ? "\n" : ",\n"}    ${line(item)}`);
      first = false;
    }
    yield* push(first ? close : `\n  ${close}`);
  };
  yield* push(`{\n  "format": ${JSON.stringify(parts.format)},\n`);
  if (parts.title !== undefined) yield* push(`  "title": ${JSON.stringify(parts.title)},\n`);
  yield* push(`  "sources": [`);
  yield* list(parts.sources, (s) => JSON.stringify(s), "]");
  yield* push(`,\n  "findings": [`);
  yield* list(parts.findings, (f) => JSON.stringify(f), "]");
  yield* push(`,\n  "summary": ${JSON.stringify(parts.summary())},\n  "claims": {`);
  yield* list(parts.claims, ([id, evidence]) => `${JSON.stringify(id)}: ${JSON.stringify(evidence)}`, "}");
  yield* push("\n}\n");
  if (buffer !== "") yield buffer;
}

/**
 * The report as JSON (CONTRACT.md §2), in pieces. The layout has one source,
 * finding or claim per line, so a diff shows which finding changed, and a large
 * report is written piece by piece without building one string. The summary
 * follows the findings (JSON objects are unordered; this lets a streamed report
 * count as it goes). The same report always gives the same bytes.
 *
 * @example
 * ```ts
 * for (const chunk of formatJsonChunks(report)) process.stdout.write(chunk);
 * ```
 */
export function formatJsonChunks(report: Report, chunkSize = 1 << 20): Generator<string> {
  return layout(
    { ...report, summary: () => report.summary, claims: Object.entries(report.claims) as [string, Evidence][] },
    chunkSize,
  );
}

/**
 * {@link formatJsonChunks} for a {@link ReportStream}: the findings are computed
 * as they are written, so memory stays flat however large the corpus.
 *
 * @example
 * ```ts
 * for (const chunk of formatJsonStream(checkStream(corpus))) process.stdout.write(chunk);
 * ```
 */
export function formatJsonStream(stream: ReportStream, chunkSize = 1 << 20): Generator<string> {
  return layout({ ...stream, findings: stream.findings(), summary: () => stream.summary(), claims: stream.claims() }, chunkSize);
}

/**
 * The report as one JSON string (see {@link formatJsonChunks} for the layout).
 *
 * @example
 * ```ts
 * await writeFile("report.json", formatJson(check(corpus)));
 * ```
 */
export function formatJson(report: Report): string {
  return [...formatJsonChunks(report)].join("");
}
