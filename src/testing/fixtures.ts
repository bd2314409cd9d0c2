/**
 * RuleTester cases kept as fixture folders, in textlint-tester's style: one
 * folder per case, named after it, holding
 *
 * - `corpus.json`: the case's corpus (laid over the suite's default corpus, if any);
 * - `options.json` (optional): the rule's options;
 * - `findings.json` (optional): the findings the rule must report, exactly, in
 *   report order. Without it the case is valid: the rule must report no
 *   discrepancy and nothing of severity warning or error. `[]` means it must
 *   report nothing at all.
 *
 * With `CORROBORATE_UPDATE_FIXTURES=1` in the environment, each fixture case
 * writes what the rule reported to its `findings.json` instead of comparing
 * (where the file exists or the rule reported anything), so expected output is
 * regenerated and reviewed as a diff. Every other check still runs.
 */
import { parseJsonText } from "../model/parse-corpus.js";
import { readExpected, toExpected, type ExpectedFinding } from "./expect-findings.js";
import type { Finding } from "../engine/types.js";

/** The environment variable that switches fixture cases from comparing to writing `findings.json`. */
export const UPDATE_FIXTURES = "CORROBORATE_UPDATE_FIXTURES";

/** One fixture folder, read: its case, or what is wrong with it. */
export interface FixtureCase {
  /** The folder's name: the case's name. */
  readonly name: string;
  /** The folder's path. */
  readonly dir: string;
  readonly corpus: unknown;
  readonly options: unknown;
  /** `undefined` when the folder has no `findings.json` (a valid case), or when that file cannot be read (see `problems`). */
  readonly findings: readonly ExpectedFinding[] | undefined;
  /** Whether the folder has a `findings.json`, readable or not. */
  readonly hasFindings: boolean;
  /** What could not be read; a case with problems fails with them. */
  readonly problems: readonly string[];
}

type Fs = typeof import("node:fs");
type Path = typeof import("node:path");

/**
 * Node's `fs` and `path`, fetched at run time rather than imported, so that the
 * testing entry bundles for any platform (the package's size budget bundles it
 * for the browser); only fixture folders need them.
 */
function node(): { fs: Fs; path: Path } {
  const get = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule;
  if (typeof get !== "function") {
    throw new TypeError("RuleTester fixture folders are read with process.getBuiltinModule, which needs Node.js 20.16 or later");
  }
  return { fs: get("node:fs") as Fs, path: get("node:path") as Path };
}

const FILES = new Set(["corpus.json", "options.json", "findings.json"]);

/**
 * Read every case folder under `dir` (sorted by name, so the order never depends
 * on the file system). A folder that cannot be read becomes a case with problems.
 *
 * @example
 * ```ts
 * loadFixtures("test/fixtures/rules/date-consistency"); // [{ name: "two dates", corpus: {…}, findings: [...], problems: [] }, …]
 * ```
 * @internal
 */
export function loadFixtures(dir: string): FixtureCase[] {
  const { fs, path } = node();
  const root = path.resolve(dir);
  let entries: import("node:fs").Dirent[];
  try {
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch {
    throw new TypeError(`RuleTester: no fixture folder at ${root}`);
  }
  const folders = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (folders.length === 0) throw new TypeError(`RuleTester: ${root} holds no case folders`);
  return folders.map((name) => readCase(fs, path.join(root, name), name));
}

function readCase(fs: Fs, dir: string, name: string): FixtureCase {
  const problems: string[] = [];
  for (const file of fs.readdirSync(dir)) {
    if (file.endsWith(".json") && !FILES.has(file)) problems.push(`${file}: unknown file (a case folder holds corpus.json, options.json and findings.json)`);
  }
  const read = (file: string): { found: boolean; json?: unknown } => {
    let text: string;
    try {
      text = fs.readFileSync(`${dir}/${file}`, "utf8");
    } catch {
      return { found: false };
    }
    const parsed = parseJsonText(text);
    if (parsed.ok) return { found: true, json: parsed.json };
    for (const p of parsed.problems) problems.push(`${file}${p.line === undefined ? "" : `:${p.line}:${p.column ?? 1}`}: ${p.message}`);
    return { found: true };
  };
  const corpus = read("corpus.json");
  if (!corpus.found) problems.push("corpus.json: missing (every case folder needs one)");
  const options = read("options.json");
  const findings = read("findings.json");
  let expected: ExpectedFinding[] | undefined;
  if (findings.found && "json" in findings) {
    const checked = readExpected(findings.json);
    if (checked.ok) expected = checked.findings;
    else problems.push(...checked.problems.map((p) => `findings.json${p}`));
  }
  return { name, dir, corpus: corpus.json, options: options.json, findings: expected, hasFindings: findings.found, problems };
}

/** Whether fixture cases write their `findings.json` instead of comparing. @internal */
export function updatingFixtures(): boolean {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};
  const value = env[UPDATE_FIXTURES];
  return value !== undefined && value !== "" && value !== "0" && value !== "false";
}

/**
 * Write what a rule reported as a fixture's expected findings (when the file
 * exists or the rule reported anything: a folder without `findings.json` whose
 * rule reports nothing stays a plain valid case).
 *
 * @internal
 */
export function writeExpected(fixture: FixtureCase, findings: readonly Finding[]): void {
  if (!fixture.hasFindings && findings.length === 0) return;
  const { fs } = node();
  fs.writeFileSync(`${fixture.dir}/findings.json`, `${JSON.stringify(findings.map(toExpected), null, 2)}\n`);
}
