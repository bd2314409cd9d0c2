import { existsSync, readFileSync, renameSync, writeFileSync, unlinkSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "./run.js";

interface Manifest {
  readonly name?: string;
  readonly version: string;
  /** `"corroborate": { "exampleCorpus": "data/….json" }`: the corpus `check` runs on without a file. */
  readonly corroborate?: { readonly exampleCorpus?: string };
}

/** The package root: the nearest folder above this file with corroborate's package.json (works from src/ and dist/). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "corroborate") return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("cannot find corroborate's package.json");
    dir = parent;
  }
}

function writeWhole(path: string, text: string): void {
  const temporary = `${resolve(path)}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    if (existsSync(temporary)) unlinkSync(temporary);
    throw error;
  }
}

// A reader that stops early (`| head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

let status: number;
try {
  const root = packageRoot();
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;
  status = runCli(process.argv.slice(2), {
    readFile: (path) => readFileSync(path, "utf8"),
    writeFile: writeWhole,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    env: process.env,
    defaultCorpus: join(root, manifest.corroborate?.exampleCorpus ?? "data/corpus.json"),
    version: manifest.version,
  });
} catch (error) {
  // Never a stack trace: one line, and the usage-or-input status.
  process.stderr.write(`corroborate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
  status = 2;
}
process.exitCode = status;
