import type { Report } from "../engine/types.js";

/**
 * The report as JSON (CONTRACT.md §2), in pieces: the document is laid out with
 * one source, finding or claim per line, so a diff shows which finding changed
 * and a large report can be written piece by piece without building one string.
 * The same report always gives the same bytes.
 *
 * @example
 * ```ts
 * for (const chunk of formatJsonChunks(report)) process.stdout.write(chunk);
 * ```
 */
export function* formatJsonChunks(report: Report, chunkSize = 1 << 20): Generator<string> {
  let buffer = "";
  const push = function* (text: string): Generator<string> {
    buffer += text;
    if (buffer.length >= chunkSize) {
      yield buffer;
      buffer = "";
    }
  };
  const list = function* <T>(items: Iterable<T>, line: (item: T) => string): Generator<string> {
    let first = true;
    for (const item of items) {
      yield* push(`${first ? "\n" : ",\n"}    ${line(item)}`);
      first = false;
    }
    yield* push(first ? "]" : "\n  ]");
  };
  yield* push(`{\n  "format": ${JSON.stringify(report.format)},\n`);
  if (report.title !== undefined) yield* push(`  "title": ${JSON.stringify(report.title)},\n`);
  yield* push(`  "summary": ${JSON.stringify(report.summary)},\n  "sources": [`);
  yield* list(report.sources, (s) => JSON.stringify(s));
  yield* push(`,\n  "findings": [`);
  yield* list(report.findings, (f) => JSON.stringify(f));
  yield* push(`,\n  "claims": {`);
  let first = true;
  for (const id in report.claims) {
    yield* push(`${first ? "\n" : ",\n"}    ${JSON.stringify(id)}: ${JSON.stringify(report.claims[id])}`);
    first = false;
  }
  yield* push(first ? "}\n}\n" : "\n  }\n}\n");
  if (buffer !== "") yield buffer;
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
