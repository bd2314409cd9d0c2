import type { ReportStream } from "../engine/check.js";
import type { ConsensusEntry, Evidence, Finding, Report, ReportSource, ReportSummary } from "../engine/types.js";

/**
 * What the JSON and NDJSON layouts need, the same whether it comes from a whole
 * report or a stream of one. Read in this order: sources, findings, consensus,
 * summary, claims (a stream knows its consensus and counts only once its
 * findings have been read).
 */
export interface ReportParts {
  readonly format: string;
  readonly title?: string;
  readonly sources: readonly ReportSource[];
  readonly findings: Iterable<Finding>;
  readonly consensus: () => Iterable<ConsensusEntry>;
  readonly summary: () => ReportSummary;
  readonly claims: Iterable<readonly [string, Evidence]>;
}

/**
 * The parts of a whole report.
 *
 * @internal
 * @example
 * ```ts
 * const parts = reportParts(check(corpus)); // then the JSON or NDJSON layout
 * ```
 */
export function reportParts(report: Report): ReportParts {
  return {
    format: report.format,
    ...(report.title !== undefined && { title: report.title }),
    sources: report.sources,
    findings: report.findings,
    // A report built by hand (or by an older engine) may lack consensus: it is then empty.
    consensus: () => report.consensus ?? [],
    summary: () => report.summary,
    claims: Object.entries(report.claims) as [string, Evidence][],
  };
}

/**
 * The parts of a report stream; its findings can be read once.
 *
 * @internal
 * @example
 * ```ts
 * const parts = streamParts(checkStream(corpus));
 * ```
 */
export function streamParts(stream: ReportStream): ReportParts {
  return {
    format: stream.format,
    ...(stream.title !== undefined && { title: stream.title }),
    sources: stream.sources,
    findings: stream.findings(),
    consensus: () => stream.consensus(),
    summary: () => stream.summary(),
    claims: stream.claims(),
  };
}

/**
 * Small pieces of text joined into chunks of about `size` characters, so that
 * a writer makes few calls and nothing holds the whole report.
 *
 * @internal
 * @example
 * ```ts
 * [...inChunks(["a", "b", "c"], 2)]; // ["ab", "c"]
 * ```
 */
export function* inChunks(pieces: Iterable<string>, size: number): Generator<string> {
  let buffer = "";
  for (const piece of pieces) {
    buffer += piece;
    if (buffer.length >= size) {
      yield buffer;
      buffer = "";
    }
  }
  if (buffer !== "") yield buffer;
}

/**
 * Pieces of text as UTF-8, in chunks of about `size` bytes, each piece
 * encoded straight into its chunk: joining a megabyte of small strings and
 * then encoding the join costs about ten times more (the join is a rope V8
 * must flatten). For writers that take bytes (the command line).
 *
 * @internal
 * @example
 * ```ts
 * for (const bytes of utf8Chunks(jsonPieces(streamParts(stream)))) writeSync(fd, bytes);
 * ```
 */
export function* utf8Chunks(pieces: Iterable<string>, size = 1 << 20): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let chunk = new Uint8Array(size);
  let used = 0;
  for (const piece of pieces) {
    // A UTF-16 code unit is at most 3 bytes of UTF-8, so a piece that fits this bound fits the chunk.
    if (used + piece.length * 3 > chunk.length) {
      if (used > 0) {
        yield chunk.subarray(0, used);
        chunk = new Uint8Array(size);
        used = 0;
      }
      if (piece.length * 3 > chunk.length) {
        yield encoder.encode(piece);
        continue;
      }
    }
    used += encoder.encodeInto(piece, chunk.subarray(used)).written;
  }
  if (used > 0) yield chunk.subarray(0, used);
}

/**
 * The JSON layout (see {@link formatJsonChunks}) as small pieces of text: a
 * source, a finding, a consensus entry or a claim each.
 *
 * @internal
 * @example
 * ```ts
 * [...jsonPieces(reportParts(report))].join("") === formatJson(report); // true
 * ```
 */
export function jsonPieces(parts: ReportParts): Generator<string> {
  return layout(parts);
}

function* layout(parts: ReportParts): Generator<string> {
  function* list<T>(items: Iterable<T>, line: (item: T) => string, close: string): Generator<string> {
    let first = true;
    for (const item of items) {
      yield `${first ? "\n" : ",\n"}    ${line(item)}`;
      first = false;
    }
    yield first ? close : `\n  ${close}`;
  }
  yield `{\n  "format": ${JSON.stringify(parts.format)},\n`;
  if (parts.title !== undefined) yield `  "title": ${JSON.stringify(parts.title)},\n`;
  yield `  "sources": [`;
  yield* list(parts.sources, (s) => JSON.stringify(s), "]");
  yield `,\n  "findings": [`;
  yield* list(parts.findings, (f) => JSON.stringify(f), "]");
  yield `,\n  "consensus": [`;
  yield* list(parts.consensus(), (c) => JSON.stringify(c), "]");
  yield `,\n  "summary": ${JSON.stringify(parts.summary())},\n  "claims": {`;
  yield* list(parts.claims, ([id, evidence]) => `${JSON.stringify(id)}: ${JSON.stringify(evidence)}`, "}");
  yield "\n}\n";
}

/**
 * The report as JSON (README, "Report formats"), in pieces. The layout has one source,
 * finding, consensus entry or claim per line, so a diff shows which one
 * changed, and a large report is written piece by piece without building one
 * string. The consensus and the summary follow the findings (JSON objects are
 * unordered; this lets a streamed report learn them as it goes). The same
 * report always gives the same bytes.
 *
 * @example
 * ```ts
 * for (const chunk of formatJsonChunks(report)) process.stdout.write(chunk);
 * ```
 */
export function formatJsonChunks(report: Report, chunkSize = 1 << 20): Generator<string> {
  return inChunks(layout(reportParts(report)), chunkSize);
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
  return inChunks(layout(streamParts(stream)), chunkSize);
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
