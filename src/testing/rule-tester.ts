import { check } from "../engine/check.js";
import { placeholders, type AnyRule } from "../engine/define-rule.js";
import type { Finding, FindingKind, Severity } from "../engine/types.js";
import { parseCorpus } from "../model/parse-corpus.js";
import type { CorpusInput } from "../model/types.js";

/** A corpus for a test case: `format` may be left out. */
export type TestCorpus = Omit<CorpusInput, "format"> & { readonly format?: "corroborate/v1" };
/** One claim of a test corpus (annotate helpers with it so literal types like `"date"` are kept). */
export type TestClaim = CorpusInput["claims"][number];
/** One source of a test corpus. */
export type TestSource = CorpusInput["sources"][number];

/** A finding a case expects. Fields left out are not checked, except `claims` and `messageId`. */
export interface ExpectedFinding {
  readonly messageId: string;
  readonly kind?: FindingKind;
  readonly severity?: Severity;
  /** The claim ids, in corpus order. */
  readonly claims: readonly string[];
  /** Checked key by key: every key given must equal the finding's data. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** The cluster values, in order, when the finding carries clusters. */
  readonly clusters?: readonly (string | number)[];
}

interface CaseBase {
  /** The test's name; defaults to the corpus title or the case's position. */
  readonly name?: string;
  readonly corpus: TestCorpus;
  /** The rule's options (validated by its schema; invalid options fail the case). */
  readonly options?: unknown;
  /** Run only this case (vitest's `it.only`). */
  readonly only?: boolean;
}

/** A corpus on which the rule must report no discrepancy and nothing of severity warning or error. */
export interface ValidCase extends CaseBase {
  /** When given, the rule's findings must be exactly these. */
  readonly findings?: readonly ExpectedFinding[];
}

/** A corpus on which the rule must report exactly `findings` (all kinds, in report order). */
export interface InvalidCase extends CaseBase {
  readonly findings: readonly ExpectedFinding[];
}

export interface RuleTesterCases {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

type Describe = (name: string, body: () => void) => void;
type It = ((name: string, body: () => void) => void) & { only?: (name: string, body: () => void) => void };

export interface RuleTesterOptions {
  /** The test framework's `describe`; defaults to the global one (vitest with `globals`). */
  readonly describe?: Describe;
  /** The test framework's `it`; defaults to the global one. */
  readonly it?: It;
}

/** Thrown when a case fails: a plain, readable account of what differed. */
export class RuleTesterError extends Error {
  override readonly name = "RuleTesterError";
}

/**
 * Tests one rule on whole multi-source corpora, strictly (ESLint's RuleTester):
 * it fails on unknown message ids, unfilled placeholders, duplicate cases,
 * options the rule's schema rejects, a rule that throws or mutates its input,
 * and any difference between the expected and reported findings.
 *
 * @example
 * ```ts
 * import { describe, it } from "vitest";
 * import { RuleTester } from "corroborate/testing";
 *
 * new RuleTester({ describe, it }).run(myRule, {
 *   valid: [{ name: "one date", corpus: { sources: [...], claims: [...] } }],
 *   invalid: [{ name: "two dates", corpus: {...}, findings: [{ messageId: "conflict", claims: ["a1", "b1"] }] }],
 * });
 * ```
 */
export class RuleTester {
  readonly #describe: Describe;
  readonly #it: It;

  constructor(options: RuleTesterOptions = {}) {
    const globals = globalThis as { describe?: Describe; it?: It };
    const describe = options.describe ?? globals.describe;
    const it = options.it ?? globals.it;
    if (!describe || !it) {
      throw new RuleTesterError("RuleTester needs describe and it: pass them (new RuleTester({ describe, it })) or enable vitest's globals");
    }
    this.#describe = describe;
    this.#it = it;
  }

  /** Register one test per case under `describe(rule.id)`. */
  run(rule: AnyRule, cases: RuleTesterCases): void {
    const seen = new Map<string, string>();
    const all = [
      ...cases.valid.map((c, i) => ({ c, valid: true, label: c.name ?? c.corpus.title ?? `valid #${i + 1}` })),
      ...cases.invalid.map((c, i) => ({ c, valid: false, label: c.name ?? c.corpus.title ?? `invalid #${i + 1}` })),
    ];
    for (const { c, label } of all) {
      const key = JSON.stringify({ corpus: c.corpus, options: c.options ?? null });
      const twin = seen.get(key);
      if (twin !== undefined) throw new RuleTesterError(`${rule.id}: duplicate case: "${label}" has the same corpus and options as "${twin}"`);
      seen.set(key, label);
    }
    this.#describe(rule.id, () => {
      for (const { c, valid, label } of all) {
        const register = c.only && this.#it.only ? this.#it.only : this.#it;
        register(`${valid ? "valid" : "invalid"}: ${label}`, () => runCase(rule, c, valid));
      }
    });
  }
}

function runCase(rule: AnyRule, c: ValidCase | InvalidCase, valid: boolean): void {
  const input = { format: "corroborate/v1" as const, ...c.corpus };
  const before = JSON.stringify(input);
  const parsed = parseCorpus(structuredClone(input));
  if (!parsed.ok) {
    throw new RuleTesterError(`the case's corpus is invalid:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
  }
  let findings: readonly Finding[];
  try {
    const rules = c.options === undefined ? {} : { [rule.id]: ["on", c.options] as const };
    findings = check(parsed.corpus, { builtins: false, extraRules: [rule], rules }).findings;
  } catch (error) {
    throw new RuleTesterError(`${rule.id}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (JSON.stringify(input) !== before) throw new RuleTesterError(`${rule.id} mutated the corpus it was given`);
  for (const f of findings) {
    if (f.messageId === "ruleFailed") throw new RuleTesterError(`${rule.id} threw: ${String(f.data.reason)}`);
    const template = rule.meta.messages[f.messageId]!;
    const missing = placeholders(template).filter((name) => !Object.prototype.hasOwnProperty.call(f.data, name));
    if (missing.length > 0) {
      throw new RuleTesterError(`${rule.id}: message "${f.messageId}" left placeholder${missing.length > 1 ? "s" : ""} ${missing.map((m) => `{${m}}`).join(", ")} unfilled`);
    }
  }
  if (valid) {
    const problems = findings.filter((f) => f.kind === "discrepancy" || f.severity !== "info");
    if (problems.length > 0) {
      throw new RuleTesterError(`expected no discrepancy or warning, but ${rule.id} reported:\n${problems.map(describe).join("\n")}`);
    }
  }
  const expected = c.findings;
  if (expected === undefined) return;
  if (!valid && expected.length === 0) throw new RuleTesterError("an invalid case must expect at least one finding");
  for (const e of expected) {
    if (!Object.prototype.hasOwnProperty.call(rule.meta.messages, e.messageId)) {
      throw new RuleTesterError(`the case expects messageId "${e.messageId}", which ${rule.id} does not define`);
    }
  }
  if (findings.length !== expected.length) {
    throw new RuleTesterError(`expected ${expected.length} finding${expected.length === 1 ? "" : "s"}, ${rule.id} reported ${findings.length}:\n${findings.map(describe).join("\n") || "  (none)"}`);
  }
  findings.forEach((f, i) => compare(f, expected[i]!, i));
}

function compare(f: Finding, e: ExpectedFinding, i: number): void {
  const differences: string[] = [];
  const check = (field: string, actual: unknown, wanted: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) differences.push(`${field}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
  };
  check("messageId", f.messageId, e.messageId);
  check("claims", f.claims, e.claims);
  if (e.kind !== undefined) check("kind", f.kind, e.kind);
  if (e.severity !== undefined) check("severity", f.severity, e.severity);
  for (const [key, value] of Object.entries(e.data ?? {})) check(`data.${key}`, f.data[key], value);
  if (e.clusters !== undefined) check("clusters", f.clusters?.map((c) => c.value), e.clusters);
  if (differences.length > 0) throw new RuleTesterError(`finding ${i + 1} (${f.message}):\n  ${differences.join("\n  ")}`);
}

function describe(f: Finding): string {
  return `  ${f.kind}/${f.severity} ${f.messageId} [${f.claims.join(", ")}]: ${f.message}`;
}
