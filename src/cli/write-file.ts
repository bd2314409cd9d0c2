/**
 * Writing the report to `--output` without harming what is there. A plain
 * `rename` over the path would replace a symbolic link instead of writing
 * through it, split a hard link, reset the file's mode, and replace a device
 * node (as root, /dev/null itself). So:
 *
 * - the path is resolved by the file system, never folded by its letters:
 *   `w/../in.json` is refused when there is no folder `w` (a shell refuses
 *   it too), and `d/../r.json` goes beside the folder the link `d` names;
 * - links are followed to the file they name (even a dangling one), and that
 *   file is what is written;
 * - anything that is not a regular file (a device, a FIFO) is written in
 *   place: there is nothing to replace atomically;
 * - a regular file is written whole or not at all: into a temporary file next
 *   to it, named unpredictably and created exclusively (a link planted at a
 *   guessable name cannot redirect the write), given the file's mode, then
 *   renamed over it — or, when other hard links share the file, copied into it
 *   so that they all see the new report;
 * - the temporary file is removed on any failure, and on an interrupt through
 *   the `guard` the caller installs.
 */
import { randomBytes } from "node:crypto";
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type Stats,
} from "node:fs";
import { basename, dirname, isAbsolute, join } from "node:path";

export interface WriteOptions {
  /**
   * Called once the temporary file exists, with what removes it; returns what
   * withdraws that again. The command line turns it into SIGINT and SIGTERM
   * handlers, so Ctrl-C never leaves a temporary file behind.
   */
  readonly guard?: (cleanup: () => void) => () => void;
  /** Awaited between chunks, so an interrupt can be handled while a long report is computed and written. */
  readonly pause?: () => Promise<void>;
}

/** Most links a path may go through, as the kernel's own limit (ELOOP beyond). */
const MAX_LINKS = 40;

const SEPARATOR = process.platform === "win32" ? /[\\/]/ : /\//;

/**
 * A path cut at its last separator, as written: nothing is folded, so
 * `w/../in.json` keeps its `w/..` for the file system to resolve (when `w` is
 * a link, or missing, `..` is not where the letters suggest).
 */
function splitPath(path: string): { folder: string; name: string } {
  let cut = -1;
  for (let i = path.length - 1; i >= 0; i--) {
    if (SEPARATOR.test(path[i]!)) {
      cut = i;
      break;
    }
  }
  if (cut < 0) return { folder: ".", name: path };
  return { folder: cut === 0 ? path.slice(0, 1) : path.slice(0, cut), name: path.slice(cut + 1) };
}

/** An error in words (describeIoError shows the message of an error without a code). */
const worded = (message: string) => new Error(message);

/**
 * Why the folder of a path cannot be used, in words: the first part of it that
 * is missing or is not a folder, found by the file system, one part at a time.
 */
function folderProblem(folder: string, error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== "ENOENT" && code !== "ENOTDIR") return error as Error;
  const parts = folder.split(SEPARATOR);
  for (let n = 1; n <= parts.length; n++) {
    const prefix = parts.slice(0, n).join("/");
    if (prefix === "" || prefix === ".") continue;
    let stats: Stats;
    try {
      stats = statSync(prefix);
    } catch {
      return worded(`the folder ${prefix} does not exist`);
    }
    if (!stats.isDirectory()) return worded(`${prefix} is not a folder`);
  }
  return worded(`the folder ${folder} does not exist`);
}

/**
 * The file a path names once every symbolic link is followed, including a
 * dangling last link (writing through it creates the file it names). The file
 * system resolves every part but the last, as a shell would: `w/../in.json`
 * is refused when `w` does not exist, and `d/../r.json` is next to the folder
 * `d` links to, not next to `d`. Throws an error in words when the path's
 * folder does not exist or the path names a folder.
 *
 * @example
 * ```ts
 * resolveLinks("report.json"); // "/home/me/reports/2024.json" when report.json links there
 * ```
 */
export function resolveLinks(path: string): string {
  let current = path;
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    const { folder: written, name } = splitPath(current);
    if (name === "" || name === "." || name === "..") {
      // A name that can only be a folder: it is one (or a part before it is missing).
      try {
        statSync(current);
      } catch (error) {
        throw folderProblem(current, error);
      }
      throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" });
    }
    // The folder's own links first, so a relative link target is read from where the link really is.
    let folder: string;
    try {
      folder = realpathSync.native(written);
    } catch (error) {
      throw folderProblem(written, error);
    }
    if (!statSync(folder).isDirectory()) throw worded(`${written} is not a folder`);
    current = join(folder, name);
    let stats: Stats;
    try {
      stats = lstatSync(current);
    } catch {
      return current;
    }
    if (!stats.isSymbolicLink()) return current;
    const target = readlinkSync(current);
    // Not resolve(): a `..` in the link's target is the file system's to follow too.
    current = isAbsolute(target) ? target : `${folder}${folder.endsWith("/") ? "" : "/"}${target}`;
  }
  throw Object.assign(new Error(`too many symbolic links: ${path}`), { code: "ELOOP" });
}

/**
 * Why the report cannot be written to `path`, in words, or `undefined` when it
 * looks writable: checked before the corpus is read, so a mistyped `--output`
 * costs no check. (Writing can still fail: a full disk, a folder that takes no
 * new files.)
 *
 * @example
 * ```ts
 * outputProblem("missing/../in.json"); // "the folder missing does not exist"
 * ```
 */
export function outputProblem(path: string): string | undefined {
  let target: string;
  try {
    target = resolveLinks(path);
  } catch (error) {
    return describeError(error);
  }
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) return "it is a directory";
  return undefined;
}

function describeError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "EISDIR") return "it is a directory";
  if (code === "ELOOP") return "too many symbolic links";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}

/**
 * Which regular file a path is (`device:inode`, links followed), or
 * `undefined` when it is missing or not a regular file. Two paths with the
 * same identity are the same file, however they are spelt.
 *
 * @example
 * ```ts
 * fileIdentity("in.json") === fileIdentity("./link-to-in.json"); // true
 * ```
 */
export function fileIdentity(path: string | number): string | undefined {
  try {
    const stats = typeof path === "number" ? fstatSync(path) : statSync(path);
    return stats.isFile() ? `${stats.dev}:${stats.ino}` : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Write the chunks to `path` (see the module's doc for how). Throws the
 * file system's error, having removed its temporary file.
 *
 * @example
 * ```ts
 * await writeReportFile("report.json", formatJsonChunks(report));
 * ```
 */
export async function writeReportFile(path: string, chunks: Iterable<Uint8Array | string>, options: WriteOptions = {}): Promise<void> {
  const target = resolveLinks(path);
  const existing = statOrUndefined(target);
  if (existing?.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" });
  if (existing !== undefined && !existing.isFile()) {
    const fd = openSync(target, "w");
    try {
      await writeChunks(fd, chunks, options.pause);
    } finally {
      closeSync(fd);
    }
    return;
  }

  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString("hex")}.tmp`);
  const fd = createTemporary(temporary, dirname(target));
  let open = true;
  let present = true;
  const cleanup = () => {
    if (open) closeQuietly(fd);
    open = false;
    if (present) unlinkQuietly(temporary);
    present = false;
  };
  const release = options.guard?.(cleanup) ?? (() => {});
  try {
    // The new file takes the mode (and, where allowed, the owner) of the one it replaces.
    // (Owner first: changing it would clear a set-id bit set before.)
    if (existing) {
      try {
        fchownSync(fd, existing.uid, existing.gid);
      } catch {
        // Only root may give a file away; an ordinary user's report stays theirs.
      }
      fchmodSync(fd, existing.mode & 0o7777);
    }
    await writeChunks(fd, chunks, options.pause);
    fsyncSync(fd);
    closeSync(fd);
    open = false;
    if (existing !== undefined && existing.nlink > 1) {
      copyInto(temporary, target);
      unlinkSync(temporary);
    } else renameSync(temporary, target);
    present = false;
  } catch (error) {
    cleanup();
    throw error;
  } finally {
    release();
  }
}

/**
 * The temporary file, created exclusively; a folder that takes no new file
 * (/proc, a read-only mount, one without write permission) is said in words,
 * never as "no such file" about a folder that is there.
 */
function createTemporary(temporary: string, folder: string): number {
  try {
    // "wx": O_CREAT | O_EXCL, so an existing file or a link at that name makes it fail rather than be followed.
    // A new report gets 0666 less the umask, as any new file; nothing is written before its mode is final.
    return openSync(temporary, "wx", 0o666);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    const why =
      code === "ENOENT" || code === "ENOTSUP" || code === "EOPNOTSUPP" ? "it takes no new files (not writable)"
      : code === "EACCES" || code === "EPERM" ? "permission denied (not writable)"
      : code === "EROFS" ? "the file system is read-only"
      : undefined;
    if (why === undefined) throw error;
    throw worded(`cannot create a file in the folder ${folder}: ${why}`);
  }
}

/** Every byte of every chunk, letting the event loop run between chunks. */
async function writeChunks(fd: number, chunks: Iterable<Uint8Array | string>, pause: (() => Promise<void>) | undefined): Promise<void> {
  for (const chunk of chunks) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
    await pause?.();
  }
}

/** Overwrite a file's content in place (same inode, so every hard link sees it). */
function copyInto(from: string, to: string): void {
  const source = openSync(from, "r");
  try {
    const destination = openSync(to, "w");
    try {
      const buffer = Buffer.allocUnsafe(1 << 20);
      for (let n = readSync(source, buffer); n > 0; n = readSync(source, buffer)) {
        for (let offset = 0; offset < n; ) offset += writeSync(destination, buffer, offset, n - offset);
      }
      fsyncSync(destination);
    } finally {
      closeSync(destination);
    }
  } finally {
    closeSync(source);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}
