/**
 * Reading the corpus files (and standard input) into documents for
 * parseCorpora, and saying what is wrong with them one line per problem.
 */
import type { DocumentProblem } from "../model/merge.js";
import { jsonCorpusReader, ndjsonCorpusReader, sniffLayout, type CorpusReader, type ReadResult } from "../model/stream-reader.js";

const LOOSE = new TextDecoder("utf-8", { ignoreBOM: true });

/** How standard input is named in messages and in the report's claim origins. */
export const STDIN_NAME = "<stdin>";

/**
 * Feed a file's pieces (its bytes as read, or text) to the reader its layout
 * needs (sniffed from its name and first line, for files and standard input
 * alike); bytes that are not UTF-8 are one problem with their line and column.
 *
 * @example
 * ```ts
 * const read = await readCorpusText("c.ndjson", ['{"corpus":{"format":"corroborate/v1"}}\n']);
 * ```
 */
export async function readCorpusText(name: string, chunks: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>): Promise<ReadResult> {
  let reader: CorpusReader | undefined;
  for await (const chunk of chunks) {
    if (chunk.length === 0) continue;
    // Bytes are decoded strictly by the reader; the layout only needs a look at the first line.
    reader ??= sniffLayout(name, typeof chunk === "string" ? chunk.slice(0, 65_536) : LOOSE.decode(chunk.subarray(0, 65_536))) === "ndjson" ? ndjsonCorpusReader() : jsonCorpusReader();
    reader.push(chunk);
  }
  return (reader ?? (sniffLayout(name, "") === "ndjson" ? ndjsonCorpusReader() : jsonCorpusReader())).end();
}

/**
 * One problem as a line: `file: path: message`, with the line of its record
 * when the reader knew it (`file: line 4: claim.value: message`; in NDJSON
 * the path is read inside that line, since its records have lines, not indices).
 *
 * @example
 * ```ts
 * describeProblem({ file: "c.ndjson", line: 4, path: "claim.source", segments: ["claim", "source"], code: "missing_source", message: "…" });
 * // "c.ndjson: line 4: claim.source: …"
 * ```
 */
export function describeProblem(p: DocumentProblem): string {
  return `${p.file}: ${p.line === undefined ? "" : `line ${p.line}: `}${p.path}: ${p.message}`;
}

/**
 * An I/O error in a few words (`no such file`, `permission denied`, `no space
 * left on the device`), never a stack trace.
 *
 * @example
 * ```ts
 * describeIoError(Object.assign(new Error("…"), { code: "ENOSPC" })); // "no space left on the device"
 * ```
 */
export function describeIoError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case "ENOENT": return "no such file";
    case "EISDIR": return "it is a directory";
    case "ENOTDIR": return "a part of the path is not a directory";
    case "EACCES": case "EPERM": return "permission denied";
    case "ENOSPC": return "no space left on the device";
    case "EDQUOT": return "disk quota exceeded";
    case "EFBIG": return "the file is too large";
    case "EROFS": return "the file system is read-only";
    case "ELOOP": return "too many symbolic links";
    case "ENAMETOOLONG": return "the name is too long";
    case "EIO": return "input/output error";
    case "EPIPE": return "the reader has gone";
    default: return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
  }
}
