/**
 * The real process behind the command line: files, standard streams,
 * signals, module loading, exit status. The only module that touches
 * `process`; everything else gets a {@link CliIo}.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { visible } from "../report/escape.js";
import { runCli, type CliIo } from "./run.js";
import { fileIdentity, outputProblem, writeReportFile } from "./write-file.js";

interface Manifest {
  readonly name?: string;
  readonly version: string;
  /** `"corroborate": { "exampleCorpus": "data/….json" }`: the corpus `check` runs on without a file. */
  readonly corroborate?: { readonly exampleCorpus?: string };
}

/** The package root: the nearest folder above `from` with corroborate's package.json (works from src/ and dist/). */
function packageRoot(from: string): string {
  let dir = dirname(from);
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "corroborate") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find corroborate's package.json");
    dir = parent;
  }
}

/** How Node reads a `.js` file: the `"type"` of the nearest package.json above it (as Node looks for it). */
function packageType(path: string): "module" | "commonjs" {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        return (JSON.parse(readFileSync(manifest, "utf8")) as { type?: unknown }).type === "module" ? "module" : "commonjs";
      } catch {
        return "commonjs";
      }
    }
    if (dirname(dir) === dir) return "commonjs";
  }
}

/**
 * A file's bytes in pieces of about 8 MB, never the whole file at once; the
 * readers decode them strictly. One buffer serves every piece: each is used
 * before the next is read.
 */
function* readInChunks(path: string): Generator<Uint8Array> {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(8 << 20);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) yield buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/** Standard input's bytes as they arrive (a pipe, a file, or a terminal until Ctrl-D), decoded strictly by the readers. */
async function* readStdin(): AsyncGenerator<Uint8Array> {
  for await (const chunk of process.stdin) yield chunk as Buffer;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/**
 * Every byte of `text` to a file descriptor, synchronously. Synchronous so
 * that a failure (a full disk, a closed pipe) is an exception here rather
 * than an 'error' event later; a non-blocking pipe that is full (EAGAIN) is
 * waited on, as a blocking write would.
 */
function writeAll(fd: number, text: Uint8Array | string): void {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text;
  for (let offset = 0; offset < bytes.length; ) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(sleeper, 0, 0, 5);
    }
  }
}

function writeStderr(text: string): void {
  try {
    writeAll(2, text);
  } catch {
    // Nowhere left to say it.
  }
}

/** Signals that end a run, and the exit status a shell gives for each (128 + its number). */
const SIGNALS = [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
] as const;

/** While a temporary file exists: on a signal, remove it, then exit as the signal would. */
function onInterrupt(cleanup: () => void): () => void {
  const handlers = SIGNALS.map(([signal, status]) => {
    const handler = () => {
      cleanup();
      process.exit(status);
    };
    process.once(signal, handler);
    return [signal, handler] as const;
  });
  return () => {
    for (const [signal, handler] of handlers) process.off(signal, handler);
  };
}

const nextTurn = () => new Promise<void>((done) => setImmediate(done));

/**
 * Let the event loop poll, so a pending signal's handler runs. Two turns:
 * called from a poll-phase callback, one setImmediate resolves in the same
 * turn's check phase, before the loop polls again and sees the signal.
 */
const yieldToEventLoop = async () => {
  await nextTurn();
  await nextTurn();
};

/** The real file system, streams and environment of this process, for runCli. */
export function nodeIo(): CliIo {
  const root = packageRoot(fileURLToPath(import.meta.url));
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;
  return {
    readFile: readInChunks,
    readStdin,
    writeFile: (path, chunks) => writeReportFile(path, chunks, { guard: onInterrupt, pause: yieldToEventLoop }),
    stdout: (text) => writeAll(1, text),
    stderr: writeStderr,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    defaultCorpus: join(root, manifest.corroborate?.exampleCorpus ?? "data/corpus.json"),
    version: manifest.version,
    cwd: process.cwd(),
    exists: existsSync,
    importModule: (path) => import(pathToFileURL(resolve(path)).href) as Promise<unknown>,
    packageType,
    fileIdentity: (path) => fileIdentity(path === "-" ? 0 : path),
    outputProblem,
  };
}

/** Run the command line in this process and set its exit status; never a stack trace. */
export async function main(argv: readonly string[], adjust: (status: number) => number = (s) => s): Promise<void> {
  // Whatever escapes (an 'error' event no one awaited) is still one line and status 2.
  const internal = (error: unknown) =>
    writeStderr(`corroborate: internal error: ${visible((error instanceof Error ? error.message : String(error)).split("\n")[0]!)}\n`);
  process.on("uncaughtException", (error) => {
    internal(error);
    process.exit(2);
  });
  let status: number;
  try {
    status = await runCli(argv, nodeIo());
  } catch (error) {
    internal(error);
    status = 2;
  }
  process.exitCode = adjust(status);
}
