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
}

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
  | "too_deep";

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

export function problem(code: ProblemCode, segments: readonly (string | number)[], message: string): CorpusProblem {
  return Object.freeze({ code, path: formatPath(segments), segments: Object.freeze([...segments]), message });
}
