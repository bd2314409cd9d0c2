import { check, checkStream, type CheckOptions, type CheckProgress } from "../engine/check.js";
import { parseCorpora, type DocumentProblem, type NamedDocument } from "../model/merge.js";
import { formatPath } from "../model/problem.js";
import { jsonCorpusReader, ndjsonCorpusReader, sniffLayout, type ReadResult, type RecordOrigin } from "../model/stream-reader.js";
import { formatJsonStream, formatReportChunks } from "../report/index.js";
import { parseCommand, USAGE } from "./args.js";

/** What the command line touches, injected so the CLI can be tested in-process. */
export interface CliIo {
  /** The file's text, piece by piece (the real one reads it in chunks, never whole). */
  readonly readFile: (path: string) => Iterable<string>;
  /** Writes all the chunks or nothing (the real one writes a temporary file and renames it). */
  readonly writeFile: (path: string, chunks: Iterable<string>) => void;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly stdoutIsTTY: boolean;
  /** Progress is shown on stderr only when it is a terminal. */
  readonly stderrIsTTY?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The bundled example corpus, used when no file is given. */
  readonly defaultCorpus: string;
  readonly version: string;
}

/**
 * The `corroborate` command: a thin shell over parseCorpora, check and
 * formatReport. Returns the exit status: 0 no discrepancy, 1 at least one,
 * 2 bad input or usage. Bad input prints one line per problem to stderr
 * (`file: path: message`) and nothing to stdout.
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const command = parseCommand(argv);
  if ("error" in command) {
    io.stderr(`corroborate: ${command.error}\n${USAGE}`);
    return 2;
  }
  if (command.command === "help") {
    io.stdout(USAGE);
    return 0;
  }
  if (command.command === "version") {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  const files = command.files.length > 0 ? command.files : [io.defaultCorpus];
  // On a terminal, say what a long check is doing, on one line that is cleared at the end; never on stdout.
  let showing = io.stderrIsTTY === true;
  const progress = io.stderrIsTTY ? (message: string) => showing && io.stderr(`\r\u001b[Kcorroborate: ${message}`) : undefined;
  const done = () => {
    if (showing) io.stderr("\r\u001b[K");
  };
  const documents: NamedDocument[] = [];
  const origins = new Map<string, RecordOrigin>();
  const problems: string[] = [];
  for (const file of files) {
    let read: ReadResult;
    progress?.(`reading ${file}`);
    try {
      read = readCorpusFile(file, io.readFile(file));
    } catch (error) {
      problems.push(`${file}: cannot read the file: ${describeIoError(error)}`);
      continue;
    }
    if (!read.ok) problems.push(`${file}: ${read.message}`);
    else {
      documents.push({ name: file, json: read.document });
      if (read.layout === "ndjson") origins.set(file, read.origin);
    }
  }
  const where = (p: DocumentProblem) => describeProblem(p, origins.get(p.file));
  if (problems.length > 0) {
    // Some files are not JSON: still report what is wrong with the others, each on its own.
    for (const doc of documents) {
      const alone = parseCorpora([doc]);
      if (!alone.ok) for (const p of alone.problems) problems.push(where(p));
    }
  } else {
    progress?.("validating");
    const parsed = parseCorpora(documents);
    if (!parsed.ok) for (const p of parsed.problems) problems.push(where(p));
    else {
      const timings: [string, number][] = [];
      const checkOptions: CheckOptions = {
        ...(command.timing && { onRuleTiming: (rule: string, ms: number) => timings.push([rule, ms]) }),
        ...(progress && {
          onProgress: (p: CheckProgress) =>
            progress(p.stage === "resolving" ? `resolving ${p.claims} claims` : `rule ${p.index + 1}/${p.total}: ${p.rule}`),
        }),
      };
      const format = command.format ?? (io.stdoutIsTTY ? "text" : "json");
      const color = format === "text" && command.output === undefined && io.stdoutIsTTY && !io.env.NO_COLOR;
      // JSON is streamed: findings are computed as they are written. The other formats need the whole report.
      const stream = format === "json" ? checkStream(parsed.corpus, checkOptions) : undefined;
      const report = stream ? undefined : check(parsed.corpus, checkOptions);
      const chunks = stream ? formatJsonStream(stream) : formatReportChunks(report!, format, { color });
      const discrepancies = () => (stream ? stream.summary() : report!.summary).discrepancies;
      if (command.output !== undefined) {
        try {
          io.writeFile(command.output, chunks);
        } catch (error) {
          io.stderr(`corroborate: ${command.output}: cannot write the report: ${describeIoError(error)}\n`);
          return 2;
        }
      } else {
        // A streamed report is computed while it is written: keep progress off the terminal meanwhile.
        done();
        showing = false;
        for (const chunk of chunks) io.stdout(chunk);
      }
      done();
      if (command.timing) io.stderr(formatTimings(timings));
      return discrepancies() > 0 ? 1 : 0;
    }
  }
  done();
  io.stderr(problems.map((p) => `${p}\n`).join(""));
  return 2;
}

/** Feed a file's pieces to the reader its layout needs. */
function readCorpusFile(name: string, chunks: Iterable<string>): ReadResult {
  let reader: ReturnType<typeof jsonCorpusReader> | undefined;
  for (const chunk of chunks) {
    reader ??= sniffLayout(name, chunk.slice(0, 65_536)) === "ndjson" ? ndjsonCorpusReader() : jsonCorpusReader();
    reader.push(chunk);
  }
  return (reader ?? jsonCorpusReader()).end();
}

const SINGULAR: Record<string, string> = { sources: "source", entities: "entity", claims: "claim" };

/** `file: path: message`; for NDJSON, `file: line N: claim.value: message`, since records have lines, not indices. */
function describeProblem(p: DocumentProblem, origin: RecordOrigin | undefined): string {
  const [collection, index, ...rest] = p.segments;
  const line = origin && typeof index === "number" ? (origin as unknown as Record<string, number[]>)[collection as string]?.[index] : undefined;
  if (line === undefined) return `${p.file}: ${p.path}: ${p.message}`;
  const path = formatPath([SINGULAR[collection as string]!, ...rest]);
  const message = p.message.replace(/\b(sources|entities|claims)\[(\d+)\]/g, (whole, c: string, i: string) => {
    const l = (origin as unknown as Record<string, number[]>)[c]?.[Number(i)];
    return l === undefined ? whole : `line ${l}`;
  });
  return `${p.file}: line ${line}: ${path}: ${message}`;
}

function describeIoError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOENT": return "no such file";
    case "EISDIR": return "it is a directory";
    case "EACCES": case "EPERM": return "permission denied";
    default: return error instanceof Error ? error.message : String(error);
  }
}

/** ESLint TIMING-style table: rules by time, slowest first. */
export function formatTimings(timings: readonly (readonly [string, number])[]): string {
  const total = timings.reduce((sum, [, ms]) => sum + ms, 0) || 1;
  const rows = [...timings].sort((a, b) => b[1] - a[1]);
  const width = Math.max(4, ...rows.map(([rule]) => rule.length));
  const lines = [`${"Rule".padEnd(width)} | Time (ms) | Relative`, `${"-".repeat(width)}-|----------:|--------:`];
  for (const [rule, ms] of rows) lines.push(`${rule.padEnd(width)} | ${ms.toFixed(3).padStart(9)} | ${((100 * ms) / total).toFixed(1).padStart(7)}%`);
  return `${lines.join("\n")}\n`;
}
