import { closeSync, existsSync, openSync, readFileSync, readSync, renameSync, unlinkSync, writeSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli, type CliIo } from "./run.js";

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

/** Write all the chunks or nothing: a temporary file renamed into place. */
function writeWhole(path: string, chunks: Iterable<string>): void {
  const temporary = `${resolve(path)}.${process.pid}.tmp`;
  try {
    const fd = openSync(temporary, "w");
    try {
      for (const chunk of chunks) writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw error;
  }
}

/** A file's text in pieces of about 8 MB, decoded as UTF-8 across piece boundaries; never the whole file at once. */
function* readInChunks(path: string): Generator<string> {
  const fd = openSync(path, "r");
  try {
    const buffer = Buffer.allocUnsafe(8 << 20);
    const decoder = new StringDecoder("utf8");
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) yield decoder.write(buffer.subarray(0, n));
    const tail = decoder.end();
    if (tail) yield tail;
  } finally {
    closeSync(fd);
  }
}

/** The real file system, streams and environment of this process, for runCli. */
export function nodeIo(): CliIo {
  const root = packageRoot(fileURLToPath(import.meta.url));
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;
  return {
    readFile: readInChunks,
    writeFile: writeWhole,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
    defaultCorpus: join(root, manifest.corroborate?.exampleCorpus ?? "data/corpus.json"),
    version: manifest.version,
  };
}

/** Run the command line in this process and set its exit status; never a stack trace. */
export function main(argv: readonly string[], adjust: (status: number) => number = (s) => s): void {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  let status: number;
  try {
    status = runCli(argv, nodeIo());
  } catch (error) {
    process.stderr.write(`corroborate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    status = 2;
  }
  process.exitCode = adjust(status);
}
