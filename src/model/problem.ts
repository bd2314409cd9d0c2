/**
 * A problem with a corpus: where it is (JSON path) and what is wrong, in plain
 * English. Plain readonly data, like zod's issues: it serialises as it is.
 *
 * @example
 * ```ts
 * { code: "invalid_date", path: "claims[3].value.value", segments: ["claims", 3, "value", "value"],
 *   message: '"2023-02-30" is not a calendar date: 2023-02 has 28 days' }
 * ```
 */
export interface CorpusProblem {
  /** Machine-readable kind of problem. */
  readonly code: ProblemCode;
  /** The JSON path, written as in JavaScript: `claims[3].value.value`, or `(root)`. */
  readonly path: string;
  readonly segments: readonly (string | number)[];
  readonly message: string;
  /**
   * Where in the text the problem is (1-based), when the problem was found in
   * text: a syntax error, a duplicate key, a number JSON cannot hold.
   */
  readonly line?: number;
  readonly column?: number;
}

/** What kind of problem a {@link CorpusProblem} is, for programs that act on it (a message is for people). */
export type ProblemCode =
  | "invalid_json"
  | "invalid_type"
  | "invalid_value"
  | "missing_key"
  | "unknown_key"
  | "reserved_key"
  | "invalid_date"
  | "duplicate_id"
  | "duplicate_alias"
  | "unknown_source"
  | "type_mismatch"
  | "too_deep"
  | "duplicate_key"
  | "imprecise_number"
  | "circular_reference"
  | "invalid_encoding";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Write a path as JavaScript would: `claims[3].value.value`, `predicates["signed on"]`.
 *
 * @example
 * ```ts
 * formatPath(["claims", 3, "value", "value"]); // "claims[3].value.value"
 * ```
 */
export function formatPath(segments: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (typeof segment === "string" && IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out === "" ? "(root)" : out;
}

/**
 * A problem as frozen plain data.
 *
 * @example
 * ```ts
 * problem("duplicate_key", ["claims", 3, "id"], 'duplicate key "id"', 5, 7);
 * ```
 */
export function problem(code: ProblemCode, segments: readonly (string | number)[], message: string, line?: number, column?: number): CorpusProblem {
  return Object.freeze({
    code,
    path: formatPath(segments),
    segments: Object.freeze([...segments]),
    message,
    ...(line !== undefined && { line }),
    ...(column !== undefined && { column }),
  });
}
