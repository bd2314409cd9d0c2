import { check, checkStream, type CheckOptions, type ReportStream } from "../engine/check.js";
import { ConfigError } from "../engine/config.js";
import { restatesTextProblem } from "../model/json-text.js";
import { parseCorpora, type NamedDocument } from "../model/merge.js";
import { describeReadProblem, type ReadResult } from "../model/stream-reader.js";
import { visible } from "../report/escape.js";
import { formatReportChunks } from "../report/index.js";
import { jsonPieces, streamParts, utf8Chunks } from "../report/json.js";
import { ndjsonPieces } from "../report/ndjson.js";
import { parseCommand, USAGE, type CheckCommand } from "./args.js";
import { loadConfig, type ConfigIo } from "./config-file.js";
import { chooseFormat, fails, needsAttention } from "./output.js";
import { describeIoError, describeProblem, readCorpusText, STDIN_NAME } from "./read-corpus.js";
import { formatTimings, type Phase } from "./timing.js";

/** What the command line touches, injected so the CLI can be tested in-process. */
export interface CliIo extends ConfigIo {
  /** Standard input's bytes (or text), piece by piece (for the file argument `-`); decoded as readFile's are. */
  readonly readStdin: () => Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;
  /** Writes all the chunks (UTF-8 bytes, or text) or nothing, without harming what is at the path (see write-file.ts). */
  readonly writeFile: (path: string, chunks: Iterable<Uint8Array | string>) => void | Promise<void>;
  /** Writes to standard output (UTF-8 bytes, or text); throws the system's error (`code: "EPIPE"` when the reader has gone). */
  readonly stdout: (text: Uint8Array | string) => void;
  /** Writes to standard error; never throws. */
  readonly stderr: (text: string) => void;
  readonly stdoutIsTTY: boolean;
  /** Progress is shown on stderr only when it is a terminal. */
  readonly stderrIsTTY?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The bundled example corpus, used when no file is given. */
  readonly defaultCorpus: string;
  readonly version: string;
  /** Which regular file a path is (`-`: standard input), to refuse writing the report over an input; `undefined` when none. */
  readonly fileIdentity: (path: string) => string | undefined;
  /** Why the report cannot be written to a path (its folder is missing, it is a directory), in words; `undefined` when it can be tried. */
  readonly outputProblem?: (path: string) => string | undefined;
}

/**
 * The `corroborate` command: a thin shell over parseCorpora, check and the
 * report formats. Resolves to the exit status: 0 no discrepancy and no error
 * finding, 1 at least one, 2 bad input, configuration or usage. Bad input
 * prints one line per problem to stderr (`file: path: message`) and nothing to
 * stdout; nothing it prints to stderr can move the cursor or set the
 * clipboard (corpus text is shown through `visible`). Never throws: an
 * internal error is one line and status 2.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv.slice(2), nodeIo());
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    if (argv.length === 0) {
      io.stderr(USAGE);
      return 2;
    }
    const command = parseCommand(argv);
    if ("error" in command) {
      io.stderr(`corroborate: ${visible(command.error)}\n`);
      return 2;
    }
    if (command.command === "help") return print(io, USAGE);
    if (command.command === "version") return print(io, `${io.version}\n`);
    return await runCheck(command, io);
  } catch (error) {
    io.stderr(`corroborate: internal error: ${visible(describeError(error))}\n`);
    return 2;
  }
}

/** Where the verdict stands: set while a streamed report's findings go by. */
interface Verdict {
  failing: boolean;
  /** Every finding has been seen. */
  known: boolean;
}

async function runCheck(command: CheckCommand, io: CliIo): Promise<number> {
  const progress = progressLine(io);
  const fail = (lines: readonly string[]) => {
    progress.clear();
    io.stderr(lines.map((line) => `${visible(line)}\n`).join(""));
    return 2;
  };
  const phases: Partial<Record<Phase, number>> = {};
  const files = command.files.length > 0 ? command.files : [io.defaultCorpus];
  const nameOf = (file: string) => (file === "-" ? STDIN_NAME : file);

  const loaded = await loadConfig(command.config, command.rules, io);
  if (!loaded.ok) return fail(loaded.problems);

  // A report written over its own corpus (or config) would destroy it: compare files, not names, so links are seen through
  // (the file system resolves the path, `..` included, as it will when the report is written).
  if (command.output !== undefined) {
    const unusable = io.outputProblem?.(command.output);
    if (unusable !== undefined) return fail([`corroborate: --output ${command.output}: cannot write the report: ${unusable}`]);
    const target = io.fileIdentity(command.output);
    const inputs = [
      ...files.map((f) => ({ what: "the input", name: nameOf(f), path: f })),
      ...(loaded.config.file ? [{ what: "the config file", ...loaded.config.file }] : []),
    ];
    const clash = target === undefined ? undefined : inputs.find((input) => io.fileIdentity(input.path) === target);
    if (clash) return fail([`corroborate: --output ${command.output} is ${clash.what} ${clash.name}: refusing to overwrite it`]);
  }

  let started = performance.now();
  const documents: NamedDocument[] = [];
  // Each file's problem lines, in the order of the files; a file read well has none until it is validated.
  const problems: { doc?: NamedDocument; lines: string[] }[] = [];
  let unread = false;
  for (const file of files) {
    const name = nameOf(file);
    progress.show(`reading ${name}`);
    let read: ReadResult;
    try {
      read = await readCorpusText(name, file === "-" ? io.readStdin() : io.readFile(file));
    } catch (error) {
      problems.push({ lines: [`${name}: cannot read ${file === "-" ? "standard input" : "the file"}: ${describeIoError(error)}`] });
      unread = true;
      continue;
    }
    if (!read.ok) {
      problems.push({ lines: readProblems(name, read) });
      unread = true;
    } else {
      const doc = { name, json: read.document, origin: read.origin };
      documents.push(doc);
      problems.push({ doc, lines: [] });
    }
  }
  phases.reading = performance.now() - started;
  if (unread) {
    // Some files could not be read: still report what is wrong with the others, each on its own.
    for (const entry of problems) {
      const alone = entry.doc === undefined ? undefined : parseCorpora([entry.doc]);
      if (alone?.ok === false) for (const p of alone.problems) entry.lines.push(describeProblem(p));
    }
    return fail(capped(problems.flatMap((entry) => entry.lines)));
  }

  progress.show("validating");
  started = performance.now();
  const parsed = parseCorpora(documents);
  phases.validating = performance.now() - started;
  if (!parsed.ok) return fail(capped(parsed.problems.map(describeProblem)));

  const format = chooseFormat(command, io.stdoutIsTTY);
  const streamed = format === "json" || format === "ndjson";
  const ruleTimes: [string, number][] = [];
  let weighing: number | undefined;
  let firstRule: number | undefined;
  const options: CheckOptions = {
    rules: loaded.config.rules,
    extraRules: loaded.config.extraRules,
    onRuleTiming: (rule, ms) => ruleTimes.push([rule, ms]),
    onProgress: (p) => {
      if (p.stage === "resolving") progress.show(`resolving ${p.claims} claims`);
      else if (p.stage === "consensus") {
        weighing = performance.now();
        progress.show(`weighing sources across ${p.groups} groups`);
      }
      else {
        firstRule ??= performance.now();
        progress.show(`rule ${p.index + 1}/${p.total}: ${p.rule}`);
      }
    },
    // Each claim's file and line go into the report, so an editor or a CI annotation can jump to the record.
    origins: parsed.origins,
  };

  started = performance.now();
  const verdict: Verdict = { failing: false, known: false };
  let chunks: Iterable<Uint8Array>;
  try {
    if (streamed) {
      const stream = observe(checkStream(parsed.corpus, options), command.quiet, verdict);
      // Written as bytes encoded piece by piece: a report is mostly small pieces, and joining them into strings first is what costs.
      chunks = utf8Chunks(format === "json" ? jsonPieces(streamParts(stream)) : ndjsonPieces(streamParts(stream)));
    } else {
      const report = check(parsed.corpus, options);
      verdict.failing = report.findings.some(fails);
      verdict.known = true;
      const shown = command.quiet ? { ...report, findings: report.findings.filter(needsAttention) } : report;
      const color = format === "text" && command.output === undefined && io.stdoutIsTTY && !io.env.NO_COLOR;
      chunks = utf8Chunks(formatReportChunks(shown, format, { color }));
    }
  } catch (error) {
    // The configuration was checked when loaded; this is the engine's last word on it.
    if (error instanceof ConfigError) return fail(error.problems.map((p) => `corroborate: ${p}`));
    throw error;
  }
  // A streamed report resolves its claims and weighs its sources before it returns, and runs its rules as it is written.
  const resolved = streamed ? performance.now() : (firstRule ?? performance.now());
  phases.resolving = (weighing ?? resolved) - started;
  if (weighing !== undefined) phases.consensus = resolved - weighing;

  const produced = producing(chunks);
  if (command.output !== undefined) {
    try {
      await io.writeFile(command.output, produced);
    } catch (error) {
      if (error instanceof ProducingError) throw error.cause;
      return fail([`corroborate: --output ${command.output}: cannot write the report: ${describeIoError(error)}`]);
    }
  } else {
    // Stdout may be the terminal progress is shown on: no progress while the report is written.
    progress.stop();
    let closed = false;
    for (const chunk of produced) {
      if (!closed) {
        try {
          io.stdout(chunk);
        } catch (error) {
          // A reader that stops early (`| head`) is not an error; the check still ends for its exit status.
          if ((error as { code?: unknown }).code !== "EPIPE") return fail([`corroborate: cannot write the report to standard output: ${describeIoError(error)}`]);
          closed = true;
        }
      }
      if (closed && verdict.known) break;
    }
  }
  progress.clear();
  phases.checking = ruleTimes.reduce((sum, [, ms]) => sum + ms, 0);
  phases.writing = Math.max(0, performance.now() - resolved - phases.checking);
  if (command.timing) io.stderr(formatTimings(phases, ruleTimes));
  return verdict.failing ? 1 : 0;
}

/** Most problem lines printed in one run; past it, one line says how many more there are. */
export const MAX_PROBLEM_LINES = 1000;

function capped(lines: readonly string[]): string[] {
  if (lines.length <= MAX_PROBLEM_LINES) return [...lines];
  const more = lines.length - MAX_PROBLEM_LINES;
  return [...lines.slice(0, MAX_PROBLEM_LINES), `corroborate: and ${more} more problem${more === 1 ? "" : "s"} (${lines.length} in all)`];
}

/**
 * Every problem of a file that could not be read as it stands, one line each.
 * When the text is still JSON (a duplicate key, a number JSON cannot hold
 * exactly), the document is validated too, so one run shows every problem:
 * where the schema says again what the reader said of a place, the reader's words stand alone.
 */
function readProblems(name: string, read: Extract<ReadResult, { ok: false }>): string[] {
  const ndjson = read.layout === "ndjson";
  const key = (p: { line?: number; path: string }) => `${ndjson ? (p.line ?? "") : ""}|${p.path}`;
  const found: { line: number; text: string }[] = read.problems.map((p) => ({ line: p.line ?? 0, text: `${name}: ${describeReadProblem(p)}` }));
  if (read.document !== undefined) {
    const seen = new Set(read.problems.map(key));
    const alone = parseCorpora([{ name, json: read.document, ...(read.origin && { origin: read.origin }) }]);
    if (!alone.ok) for (const p of alone.problems) if (!(seen.has(key(p)) && restatesTextProblem(p))) found.push({ line: p.line ?? 0, text: describeProblem(p) });
  }
  // In the order of the text (a stable sort: problems of one place keep theirs).
  return found.sort((a, b) => a.line - b.line).map((p) => p.text);
}

/**
 * The stream as the report shows it: `--quiet` drops what needs no attention,
 * while every finding still counts toward the exit status.
 */
function observe(stream: ReportStream, quiet: boolean, verdict: Verdict): ReportStream {
  return {
    format: stream.format,
    ...(stream.title !== undefined && { title: stream.title }),
    sources: stream.sources,
    *findings() {
      for (const finding of stream.findings()) {
        if (fails(finding)) verdict.failing = true;
        if (!quiet || needsAttention(finding)) yield finding;
      }
      verdict.known = true;
    },
    summary: () => stream.summary(),
    consensus: () => stream.consensus(),
    claims: () => stream.claims(),
  };
}

/** An error raised while the report was being computed, not while it was being written. */
class ProducingError {
  constructor(readonly cause: unknown) {}
}

/** The chunks, with errors of computing them told apart from errors of writing them. */
function* producing(chunks: Iterable<Uint8Array>): Generator<Uint8Array> {
  const iterator = chunks[Symbol.iterator]();
  for (;;) {
    let next: IteratorResult<Uint8Array>;
    try {
      next = iterator.next();
    } catch (error) {
      throw new ProducingError(error);
    }
    if (next.done) return;
    yield next.value;
  }
}

/** One line on stderr saying what a long check is doing, when stderr is a terminal; cleared before anything else is written. */
function progressLine(io: CliIo) {
  let showing = io.stderrIsTTY === true;
  const clear = () => {
    if (showing) io.stderr("\r\u001b[K");
  };
  return {
    show(message: string) {
      if (showing) io.stderr(`\r\u001b[Kcorroborate: ${visible(message)}`);
    },
    clear,
    stop() {
      clear();
      showing = false;
    },
  };
}

function print(io: CliIo, text: string): number {
  try {
    io.stdout(text);
  } catch (error) {
    if ((error as { code?: unknown }).code !== "EPIPE") {
      io.stderr(`corroborate: cannot write to standard output: ${describeIoError(error)}\n`);
      return 2;
    }
  }
  return 0;
}

function describeError(error: unknown): string {
  if (error instanceof ProducingError) return describeError(error.cause);
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}
