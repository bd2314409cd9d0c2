/**
 * JSON text to a value, with everything JSON.parse would lose or hide reported
 * as problems instead: syntax errors (with a line and a column, in words that
 * never quote the text), duplicate keys, `__proto__` keys, numbers JSON cannot
 * hold as written, and files that are not UTF-8 text.
 */
import { encodingProblem, sniffTextEncoding } from "./encoding.js";
import { JsonScanner, syntaxProblem } from "./json-scanner.js";
import type { CorpusProblem } from "./problem.js";

/** The outcome of {@link parseJsonText}. */
export type ParseJsonTextResult =
  | { readonly ok: true; readonly json: unknown }
  | {
      readonly ok: false;
      /** The first problem (kept for callers written when there could be only one). */
      readonly problem: CorpusProblem;
      /** Every problem, in the order of the text. */
      readonly problems: readonly CorpusProblem[];
      /**
       * The value as JSON.parse reads it, when the text is JSON all the same:
       * every problem is of JSON itself (a duplicate key, a number JSON cannot
       * hold exactly, a `__proto__` key), none of syntax or encoding.
       */
      readonly json?: unknown;
    };

/** Problems that leave the text JSON.parse can read. */
const READABLE: ReadonlySet<string> = new Set(["duplicate_key", "imprecise_number", "reserved_key"]);

/**
 * Parse JSON text; a syntax error, a duplicate key, a `__proto__` key or a
 * number that would lose precision becomes a problem with its line and column
 * (and JSON path, where it has one) instead of an exception or a silent loss.
 * A leading UTF-8 byte order mark is skipped.
 *
 * @example
 * ```ts
 * parseJsonText('{"a": 1, "a": 2}');
 * // { ok: false, problems: [{ code: "duplicate_key", path: "a", line: 1, column: 10, … }], … }
 * ```
 */
export function parseJsonText(text: string): ParseJsonTextResult {
  const encoding = encodingProblem(sniffTextEncoding(text));
  if (encoding !== undefined) return { ok: false, problem: encoding, problems: [encoding] };
  const scanner = new JsonScanner();
  scanner.push(text);
  scanner.end();
  const problems = scanProblems(scanner);
  const json = () => JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown;
  if (problems.length > 0) {
    return { ok: false, problem: problems[0]!, problems, ...(problems.every((p) => READABLE.has(p.code)) && { json: json() }) };
  }
  return { ok: true, json: json() };
}

/**
 * A scanner's problems, syntax errors included, in the order of the text.
 *
 * @internal
 */
export function scanProblems(scanner: JsonScanner): CorpusProblem[] {
  const all = [...scanner.problems, ...scanner.syntax.map(syntaxProblem)];
  return all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Whether a problem the schema found says again what the text's own problem
 * at the same place said (an imprecise number, a `__proto__` key): when a
 * document that is still JSON is validated, such a problem is left out. A
 * problem of another kind at that place (a duplicate id where a key was
 * duplicated) is news, and kept.
 *
 * @internal
 */
export function restatesTextProblem(p: CorpusProblem): boolean {
  return p.code === "imprecise_number" || p.code === "reserved_key" || p.code === "unknown_key";
}
