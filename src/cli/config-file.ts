/**
 * The command line's rule configuration: a config file (given with `--config`,
 * else `corroborate.config.json`, `.js`, `.mjs` or `.cjs` in the working directory),
 * then each `--rule` on top. Every mistake is one line naming the file (or the
 * flag) and the path in it, as the corpus's problems do:
 *
 * ```
 * corroborate.config.json: rules["single-sorce"]: unknown rule (did you mean "single-source"?)
 * ```
 */
import { basename, extname, resolve } from "node:path";
import { Script } from "node:vm";
import {
  didYouMean,
  mergeRulesConfig,
  safeConfigureRules,
  type ConfigIssue,
  type RulesConfig,
} from "../engine/config.js";
import type { AnyRule } from "../engine/define-rule.js";
import { utf8Decoder } from "../model/encoding.js";
import { parseJsonText } from "../model/parse-corpus.js";
import { formatPath } from "../model/problem.js";
import { builtinRules } from "../rules/index.js";
import type { RuleFlag } from "./args.js";

/** Config files looked for in the working directory, when `--config` is not given. */
export const CONFIG_NAMES = ["corroborate.config.json", "corroborate.config.js", "corroborate.config.mjs", "corroborate.config.cjs"] as const;

/** What loading a configuration needs from the outside world. */
export interface ConfigIo {
  readonly cwd: string;
  readonly exists: (path: string) => boolean;
  /**
   * The file's bytes (or text), piece by piece (the real one reads it in chunks,
   * never whole, and may reuse a piece's memory for the next: use each before asking for the next).
   */
  readonly readFile: (path: string) => Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;
  /** Load a JavaScript module (the real one: a dynamic `import()` of its file URL). */
  readonly importModule: (path: string) => Promise<unknown>;
  /**
   * How Node reads a `.js` file there: the `"type"` of the nearest package.json
   * above it (`commonjs` when there is none, or it has no type). When given, a
   * `.js` config is checked for the module syntax its package allows before it is imported.
   */
  readonly packageType?: (path: string) => "module" | "commonjs";
}

/** The configuration ready for `check`. */
export interface CliConfig {
  readonly rules: RulesConfig;
  readonly extraRules: readonly AnyRule[];
  /** The config file used, as it is named in messages, and where it is. */
  readonly file?: { readonly name: string; readonly path: string };
}

export type LoadConfigResult = { readonly ok: true; readonly config: CliConfig } | { readonly ok: false; readonly problems: readonly string[] };

const KEYS = ["rules", "extraRules"];

/**
 * Find, load and validate the configuration, then lay the `--rule` flags over
 * it. Never throws: a file that cannot be read or loaded, a key that is not
 * `rules` or `extraRules`, a custom rule not made by `defineRule`, an unknown
 * rule id, a severity that is none, invalid options — each is a problem line.
 *
 * @example
 * ```ts
 * const loaded = await loadConfig(undefined, [{ text: "single-source=off", id: "single-source", setting: "off" }], io);
 * if (loaded.ok) check(corpus, { rules: loaded.config.rules, extraRules: loaded.config.extraRules });
 * ```
 */
export async function loadConfig(given: string | undefined, flags: readonly RuleFlag[], io: ConfigIo): Promise<LoadConfigResult> {
  let file: { name: string; path: string } | undefined;
  if (given !== undefined) file = { name: given, path: resolve(io.cwd, given) };
  else {
    const found = CONFIG_NAMES.filter((name) => io.exists(resolve(io.cwd, name)));
    if (found.length > 1) {
      return { ok: false, problems: [`corroborate: several config files (${found.join(", ")}): keep one, or choose one with --config`] };
    }
    if (found.length === 1) file = { name: found[0]!, path: resolve(io.cwd, found[0]!) };
  }

  let fileRules: RulesConfig = {};
  let extraRules: readonly AnyRule[] = [];
  if (file !== undefined) {
    const loaded = await loadFile(file, io);
    if (!loaded.ok) return loaded;
    const shaped = readShape(loaded.value, file.name, loaded.javascript);
    ({ rules: fileRules, extraRules } = shaped);
    // The rules are checked even when a key beside them is wrong, so one run shows every mistake.
    const checked = safeConfigureRules([...builtinRules, ...extraRules], fileRules);
    const problems = [...shaped.problems, ...(checked.ok ? [] : checked.issues.map((issue) => `${file!.name}: ${where(issue)}: ${issue.message}`))];
    if (problems.length > 0) return { ok: false, problems };
  }

  // Each flag on its own, so a mistake names the flag that made it.
  const problems: string[] = [];
  const layers: RulesConfig[] = [fileRules];
  for (const flag of flags) {
    const layer = { [flag.id]: flag.setting } as RulesConfig;
    const checked = safeConfigureRules([...builtinRules, ...extraRules], layer);
    if (checked.ok) layers.push(layer);
    else for (const issue of checked.issues) problems.push(`--rule ${flag.text}: ${flagIssue(issue)}`);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, config: { rules: mergeRulesConfig(...layers), extraRules, ...(file && { file }) } };
}

/** Where an issue is, from the config file's root: `rules["single-sorce"]`, `rules["text-consistency"][1].threshold`, `extraRules`. */
function where(issue: ConfigIssue): string {
  return issue.code === "duplicate_rule" ? "extraRules" : formatPath(["rules", ...issue.path]);
}

function flagIssue(issue: ConfigIssue): string {
  if (issue.code === "duplicate_rule") return `two rules share the id "${issue.rule}"`;
  const within = issue.path.slice(1);
  return within.length > 0 ? `${formatPath(within)}: ${issue.message}` : issue.message;
}

type Loaded = { readonly ok: true; readonly value: unknown; readonly javascript: boolean } | { readonly ok: false; readonly problems: readonly string[] };

/** A JavaScript module's default export, or a JSON file's value (any other extension is read as JSON). */
async function loadFile(file: { name: string; path: string }, io: ConfigIo): Promise<Loaded> {
  const javascript = [".js", ".mjs", ".cjs"].includes(extname(file.path).toLowerCase());
  if (!io.exists(file.path)) return { ok: false, problems: [`${file.name}: cannot read the file: no such file`] };
  if (javascript) {
    const type = extname(file.path).toLowerCase() === ".js" ? io.packageType?.(file.path) : undefined;
    const stem = basename(file.path, extname(file.path));
    if (type === "commonjs") {
      // Before importing: Node would print a warning of its own, then a stack of lines, for what one line can say.
      const source = await readText(file.path, io);
      if (source !== undefined && esModuleSyntax(source)) {
        return { ok: false, problems: [`${file.name}: ES module syntax in a CommonJS .js file: rename it to ${stem}.mjs or set "type": "module" in package.json`] };
      }
    }
    let module: unknown;
    try {
      module = await io.importModule(file.path);
    } catch (error) {
      if (type === "module" && /\b(module|require|exports) is not defined in ES module scope/.test(firstLine(error))) {
        return { ok: false, problems: [`${file.name}: CommonJS syntax in an ES module .js file: rename it to ${stem}.cjs or write export default { … }`] };
      }
      return { ok: false, problems: [`${file.name}: cannot load the module: ${firstLine(error)}`] };
    }
    const exports = module as Record<string, unknown> | null;
    if (exports === null || typeof exports !== "object" || !("default" in exports) || exports.default === undefined) {
      return { ok: false, problems: [`${file.name}: the module has no default export (export default { rules: {…} })`] };
    }
    return { ok: true, value: exports.default, javascript };
  }
  let text = "";
  const decoder = utf8Decoder();
  try {
    for await (const chunk of io.readFile(file.path)) text += typeof chunk === "string" ? chunk : decoder.write(chunk);
    text += decoder.end();
  } catch (error) {
    return { ok: false, problems: [`${file.name}: cannot read the file: ${firstLine(error)}`] };
  }
  const bad = decoder.problem;
  if (bad !== undefined) return { ok: false, problems: [`${file.name}: ${bad.line === undefined ? "" : `line ${bad.line}, column ${bad.column}: `}${bad.message}`] };
  const parsed = parseJsonText(text);
  return parsed.ok ? { ok: true, value: parsed.json, javascript } : { ok: false, problems: [`${file.name}: ${parsed.problem.message}`] };
}

/** A file's text, or `undefined` when it cannot be read as UTF-8 (importing it will say what is wrong). */
async function readText(path: string, io: ConfigIo): Promise<string | undefined> {
  let text = "";
  const decoder = utf8Decoder();
  try {
    for await (const chunk of io.readFile(path)) text += typeof chunk === "string" ? chunk : decoder.write(chunk);
    text += decoder.end();
  } catch {
    return undefined;
  }
  return decoder.problem === undefined ? text : undefined;
}

/**
 * Whether JavaScript source needs to be an ES module: it does not compile as
 * CommonJS, for `import` or `export`, `import.meta` or a top-level `await`.
 * Compiled only, never run.
 */
function esModuleSyntax(source: string): boolean {
  try {
    new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`);
    return false;
  } catch (error) {
    const message = error instanceof Error || (error !== null && typeof error === "object") ? String((error as Error).message) : "";
    return (error as Error)?.name === "SyntaxError" && /\bimport\b|\bexport\b|import\.meta|await is only valid/.test(message);
  }
}

/** What a config file sets, as far as it can be read, and what is wrong with its shape. */
interface Shaped {
  readonly rules: RulesConfig;
  readonly extraRules: readonly AnyRule[];
  readonly problems: readonly string[];
}

/**
 * `{ rules?, extraRules? }` and nothing else: a misspelt key must not silently
 * configure nothing. What can be read is returned beside the problems, so the
 * rules are checked as well.
 */
function readShape(value: unknown, name: string, javascript: boolean): Shaped {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { rules: {}, extraRules: [], problems: [`${name}: (root): expected an object { rules?, extraRules? }`] };
  }
  const problems: string[] = [];
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (KEYS.includes(key)) continue;
    const near = didYouMean(key, KEYS);
    problems.push(`${name}: ${formatPath([key])}: unknown key${near ? ` (did you mean "${near}"?)` : ""}`);
  }
  let rules = record.rules;
  if (rules !== undefined && (rules === null || typeof rules !== "object" || Array.isArray(rules))) {
    problems.push(`${name}: rules: expected an object of rule settings ({ "single-source": "off" })`);
    rules = undefined;
  }
  const extra = record.extraRules;
  const extraRules: AnyRule[] = [];
  if (extra !== undefined) {
    if (!Array.isArray(extra)) problems.push(`${name}: extraRules: expected an array of rules made with defineRule`);
    else {
      extra.forEach((rule: unknown, i) => {
        if (isRule(rule)) extraRules.push(rule);
        else problems.push(`${name}: extraRules[${i}]: not a rule made with defineRule${javascript ? "" : " (custom rules need a JavaScript config file)"}`);
      });
    }
  }
  return { rules: (rules ?? {}) as RulesConfig, extraRules, problems };
}

function isRule(value: unknown): value is AnyRule {
  const rule = value as Partial<AnyRule> | null;
  return rule !== null && typeof rule === "object" && rule.__corroborateRule === true && typeof rule.id === "string" && typeof rule.create === "function";
}

function firstLine(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "it is a directory";
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!;
}
