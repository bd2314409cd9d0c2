/**
 * The command line run in-process over an in-memory world: files, standard
 * input, a working directory, modules to import, and file identities (so
 * links and hard links can be told apart without touching the disk).
 */
import { readFileSync } from "node:fs";
import { runCli, type CliIo } from "../../src/cli/run.js";
import { BUNDLED, minimalCorpus } from "../helpers.js";

/** Text in pieces of an awkward size, so every test also exercises reading across piece boundaries. */
export function inPieces<T extends string | Uint8Array>(text: T, size: number): T[] {
  const pieces: T[] = [];
  for (let i = 0; i < text.length; i += size) pieces.push((typeof text === "string" ? text.slice(i, i + size) : text.subarray(i, i + size)) as T);
  return pieces;
}

export interface World {
  /** Files by path (text, or bytes read as they are); the working directory is /work, and relative paths are read as given. */
  readonly files?: Record<string, string | Uint8Array>;
  readonly stdin?: string | Uint8Array;
  /** Modules by absolute path, as `import()` would give them. */
  readonly modules?: Record<string, unknown>;
  /** Paths that are the same file as another (a link): path → the path it names. */
  readonly links?: Record<string, string>;
  readonly io?: Partial<CliIo>;
}

export const CWD = "/work";

/** What the command line wrote (UTF-8 bytes, or text) as text. */
function textOf(chunks: Iterable<Uint8Array | string>): string {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let text = "";
  for (const c of chunks) text += typeof c === "string" ? c : decoder.decode(c, { stream: true });
  return text + decoder.decode();
}

export async function run(argv: string[], world: World = {}) {
  let stdout = "";
  let stderr = "";
  const written: Record<string, string> = {};
  const files = world.files ?? {};
  const canonical = (path: string) => {
    const bare = path.startsWith(`${CWD}/`) ? path.slice(CWD.length + 1) : path;
    return world.links?.[bare] ?? bare;
  };
  const text = (path: string) => {
    const key = canonical(path);
    return key in files ? files[key]! : path === BUNDLED ? readFileSync(BUNDLED, "utf8") : undefined;
  };
  const status = await runCli(argv, {
    readFile: (path) => {
      const found = text(path);
      if (found === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return inPieces<string | Uint8Array>(found, 997);
    },
    readStdin: () => inPieces<string | Uint8Array>(world.stdin ?? "", 500),
    writeFile: (path, chunks) => {
      if (path.startsWith("/readonly/")) throw Object.assign(new Error("EACCES"), { code: "EACCES" });
      written[path] = textOf(chunks);
    },
    stdout: (t) => (stdout += textOf([t])),
    stderr: (t) => (stderr += t),
    stdoutIsTTY: false,
    env: {},
    defaultCorpus: BUNDLED,
    version: "9.9.9",
    cwd: CWD,
    exists: (path) => text(path) !== undefined || (world.modules !== undefined && path in world.modules),
    importModule: async (path) => {
      if (world.modules && path in world.modules) return world.modules[path];
      throw new Error(`Cannot find module '${path}'`);
    },
    fileIdentity: (path) => (path === "-" ? "stdin" : text(path) !== undefined ? `file:${canonical(path)}` : undefined),
    ...world.io,
  });
  return { status, stdout, stderr, written };
}

export const agreeing = JSON.stringify(minimalCorpus());

export const conflicting = (() => {
  const c = minimalCorpus() as { claims: object[] };
  c.claims.push({ id: "b2", source: "b", subject: "paris-agreement", predicate: "signedOn", value: { type: "date", value: "2015-12" }, quote: "December 2015" });
  return JSON.stringify(c);
})();

/** The lines of a stream, without the last newline. */
export const lines = (text: string) => text.trimEnd().split("\n");
