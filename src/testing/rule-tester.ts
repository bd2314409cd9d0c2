import { check } from "../engine/check.js";
import { ConfigError } from "../engine/config.js";
import { placeholders, type AnyRule, type Rule } from "../engine/define-rule.js";
import type { Finding } from "../engine/types.js";
import { parseCorpus } from "../model/parse-corpus.js";
import { findingDifferences, type ExpectedFinding } from "./expect-findings.js";
import { loadFixtures, updatingFixtures, writeExpected, type FixtureCase } from "./fixtures.js";
import { mergeCorpus, type TestCorpus, type TestCorpusPart } from "./test-corpus.js";
import { watchRule } from "./watch-mutation.js";

/** The corpus fields a suite's defaults give, which its cases may then leave out. */
type GivenKeys<Defaults> = Defaults extends { readonly corpus: infer C } ? keyof C & keyof TestCorpus : never;

/** A case's corpus: a whole {@link TestCorpus}, except what the suite's defaults already give. */
export type CaseCorpus<Given extends keyof TestCorpus = never> = Omit<TestCorpus, Given> & Partial<Pick<TestCorpus, Given>>;

interface CaseBase<OptionsInput, Given extends keyof TestCorpus> {
  /** The test's name; defaults to the corpus title or the case's position. */
  readonly name?: string;
  readonly corpus: CaseCorpus<Given>;
  /** The rule's options, as a configuration writes them (validated by its schema; invalid options fail the case). */
  readonly options?: OptionsInput;
  /** Run only this case (the framework's `it.only`). */
  readonly only?: boolean;
  /** Skip this case (the framework's `it.skip`). */
  readonly skip?: boolean;
}

/** A corpus on which the rule must report no discrepancy and nothing of severity warning or error. */
export interface ValidCase<OptionsInput = unknown, MessageIds extends string = string, Given extends keyof TestCorpus = never>
  extends CaseBase<OptionsInput, Given> {
  /** When given, the rule's findings must be exactly these (`[]`: nothing at all). */
  readonly findings?: readonly ExpectedFinding<MessageIds>[];
}

/** A corpus on which the rule must report exactly `findings` (all kinds, in report order): at least one. */
export interface InvalidCase<OptionsInput = unknown, MessageIds extends string = string, Given extends keyof TestCorpus = never>
  extends CaseBase<OptionsInput, Given> {
  readonly findings: readonly [ExpectedFinding<MessageIds>, ...ExpectedFinding<MessageIds>[]];
}

/** The cases of one rule: inline, from fixture folders, or both. */
export interface RuleTesterCases<OptionsInput = unknown, MessageIds extends string = string, Given extends keyof TestCorpus = never> {
  readonly valid?: readonly ValidCase<OptionsInput, MessageIds, Given>[];
  readonly invalid?: readonly InvalidCase<OptionsInput, MessageIds, Given>[];
  /**
   * A folder holding one folder per case (textlint-tester's style): `corpus.json`,
   * optional `options.json`, optional `findings.json` (without it, a valid case).
   * A relative path is resolved against the working directory.
   */
  readonly fixtures?: string;
}

/** What every case of a suite shares. */
export interface RuleTesterDefaults {
  /**
   * Laid under each case's corpus: sources, entities and claims merge by id (a
   * case's record with a default's id replaces it in place, the case's others
   * follow), predicates by name; a case's title or description wins.
   */
  readonly corpus?: TestCorpusPart;
  /** The options of a case that gives none. A case's options replace these whole: options are not merged. */
  readonly options?: unknown;
}

type Body = () => void;
type Describe = (name: string, body: Body) => void;
type It = ((name: string, body: Body) => void) & { only?: (name: string, body: Body) => void; skip?: (name: string, body: Body) => void };

/** How a {@link RuleTester} registers its tests, and the defaults every case of a suite starts from. */
export interface RuleTesterOptions<Defaults extends RuleTesterDefaults = RuleTesterDefaults> {
  /** The test framework's `describe`; defaults to the global one (vitest with `globals`, jest, mocha). */
  readonly describe?: Describe;
  /** The test framework's `it`; defaults to the global one. */
  readonly it?: It;
  /** Shared by every case of every rule this tester runs. */
  readonly defaults?: Defaults;
}

/**
 * Thrown when a case fails: a plain, readable account of what differed.
 *
 * @example
 * ```ts
 * // RuleTesterError: expected 1 finding, my-rule reported 0: (none)
 * ```
 */
export class RuleTesterError extends Error {
  override readonly name = "RuleTesterError";
}

/** A case as it runs, whatever it came from. */
interface Prepared {
  readonly label: string;
  readonly valid: boolean;
  readonly corpus: unknown;
  readonly options: unknown;
  readonly findings: readonly ExpectedFinding[] | undefined;
  readonly only: boolean;
  readonly skip: boolean;
  readonly fixture?: FixtureCase;
}

/**
 * Tests one rule on whole multi-source corpora, strictly (ESLint's RuleTester).
 * A case fails when the rule throws, fails on a subject, reports something the
 * engine refuses (an unknown message id, a bad kind or severity), leaves a
 * `{placeholder}` unfilled, changes anything it was given, or when its options
 * are invalid, its corpus is invalid, or its findings differ from the expected
 * ones; two cases with the same corpus and options are refused before any runs.
 *
 * Cases are typed by the rule: `options` by its schema's input, `messageId` by
 * its messages, so a wrong option or an unknown message id is a compile error.
 *
 * @example
 * ```ts
 * import { describe, it } from "vitest";
 * import { RuleTester } from "corroborate/testing";
 *
 * const tester = new RuleTester({ describe, it, defaults: { corpus: { sources: [wire, daily] } } });
 * tester.run(dateConsistency, {
 *   valid: [{ name: "one date", corpus: { claims: [signed("w1", "wire", "2016-04-22")] } }],
 *   invalid: [{
 *     name: "two dates",
 *     corpus: { claims: [signed("w1", "wire", "2016-04-22"), signed("d1", "daily", "2015-12")] },
 *     findings: [{ messageId: "conflict", claims: ["w1", "d1"], clusters: ["2016-04-22", "2015-12"] }],
 *   }],
 *   fixtures: "test/fixtures/rules/date-consistency",
 * });
 * ```
 */
export class RuleTester<const Defaults extends RuleTesterDefaults = RuleTesterDefaults> {
  readonly #describe: Describe;
  readonly #it: It;
  readonly #defaults: RuleTesterDefaults;

  constructor(options: RuleTesterOptions<Defaults> = {}) {
    const globals = globalThis as { describe?: Describe; it?: It };
    const describe = options.describe ?? globals.describe;
    const it = options.it ?? globals.it;
    if (!describe || !it) {
      throw new RuleTesterError("RuleTester needs describe and it: pass them (new RuleTester({ describe, it })) or enable vitest's globals");
    }
    this.#describe = describe;
    this.#it = it;
    this.#defaults = options.defaults ?? {};
  }

  /** Register one test per case under `describe(rule.id)`. */
  run<Options, MessageIds extends string, OptionsInput>(
    rule: Rule<Options, MessageIds, OptionsInput>,
    cases: RuleTesterCases<NoInfer<OptionsInput>, NoInfer<MessageIds>, GivenKeys<Defaults>>,
  ): void {
    const target = rule as AnyRule;
    if ((target as { __corroborateRule?: unknown } | null)?.__corroborateRule !== true) {
      throw new RuleTesterError("RuleTester.run needs a rule made by defineRule");
    }
    const all = this.#prepare(cases);
    const seen = new Map<string, string>();
    for (const c of all) {
      if (c.fixture !== undefined && c.fixture.problems.length > 0) continue; // it fails with its problems; it duplicates nothing
      const key = JSON.stringify({ corpus: c.corpus, options: c.options ?? null });
      const twin = seen.get(key);
      if (twin !== undefined) throw new RuleTesterError(`${target.id}: duplicate case: "${c.label}" has the same corpus and options as "${twin}"`);
      seen.set(key, c.label);
    }
    this.#describe(target.id, () => {
      for (const c of all) {
        const name = `${c.valid ? "valid" : "invalid"}: ${c.label}`;
        const body = () => runCase(target, c);
        if (c.skip) this.#it.skip?.(name, body);
        else if (c.only && this.#it.only) this.#it.only(name, body);
        else this.#it(name, body);
      }
    });
  }

  #prepare(cases: RuleTesterCases<unknown, string, keyof TestCorpus>): Prepared[] {
    const defaults = this.#defaults;
    const inline = (c: ValidCase<unknown, string, keyof TestCorpus>, valid: boolean, i: number): Prepared => ({
      label: c.name ?? c.corpus.title ?? `${valid ? "valid" : "invalid"} #${i + 1}`,
      valid,
      corpus: mergeCorpus(defaults.corpus, c.corpus),
      options: c.options !== undefined ? c.options : defaults.options,
      findings: c.findings,
      only: c.only === true,
      skip: c.skip === true,
    });
    const out = [...(cases.valid ?? []).map((c, i) => inline(c, true, i)), ...(cases.invalid ?? []).map((c, i) => inline(c, false, i))];
    if (cases.fixtures !== undefined) {
      for (const fixture of loadFixtures(cases.fixtures)) {
        out.push({
          label: fixture.name,
          // Non-empty expected findings make an invalid case; none, or [], a valid one.
          valid: !fixture.hasFindings || fixture.findings?.length === 0,
          corpus: isObject(fixture.corpus) ? mergeCorpus(defaults.corpus, fixture.corpus as TestCorpusPart) : fixture.corpus,
          options: fixture.options !== undefined ? fixture.options : defaults.options,
          findings: fixture.findings,
          only: false,
          skip: false,
          fixture,
        });
      }
    }
    return out;
  }
}

function isObject(value: unknown): boolean {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function runCase(rule: AnyRule, c: Prepared): void {
  const fail: (what: string) => never = (what) => {
    throw new RuleTesterError(`case "${c.label}": ${what}`);
  };
  if (c.fixture !== undefined && c.fixture.problems.length > 0) {
    fail(`fixture folder ${c.fixture.dir} cannot be read:\n${c.fixture.problems.map((p) => `  ${p}`).join("\n")}`);
  }
  // parseCorpus freezes what it builds; a clone keeps the case's own objects (often shared between cases) unfrozen.
  const parsed = parseCorpus(structuredClone({ format: "corroborate/v1", ...(c.corpus as object) }));
  if (!parsed.ok) fail(`the corpus is invalid:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join("\n")}`);
  const watched = watchRule(rule);
  let findings: readonly Finding[];
  try {
    const rules = c.options === undefined ? {} : { [rule.id]: ["on", c.options] as const };
    findings = check(parsed.corpus, { builtins: false, extraRules: [watched.rule], rules }).findings;
  } catch (error) {
    if (error instanceof ConfigError) fail(`the options are invalid for ${rule.id}:\n${error.problems.map((p) => `  ${p}`).join("\n")}`);
    throw error;
  }
  if (watched.changes.length > 0) {
    fail(`${rule.id} mutated what it was given (rules must not change their inputs):\n${watched.changes.map((m) => `  ${m}`).join("\n")}`);
  }
  const failures = findings.filter((f) => f.messageId === "ruleFailed" && f.rule === rule.id && f.severity === "error" && f.claims.length === 0);
  if (failures.length > 0) {
    fail(failures.map((f) => `${rule.id} failed${f.subject === null ? "" : ` on subject "${f.subject}"`}: ${String(f.data.reason)}`).join("\n"));
  }
  for (const f of findings) {
    const template = rule.meta.messages[f.messageId] ?? "";
    const missing = placeholders(template).filter((name) => !Object.prototype.hasOwnProperty.call(f.data, name));
    if (missing.length > 0) {
      fail(`${rule.id}: message "${f.messageId}" left placeholder${missing.length > 1 ? "s" : ""} ${missing.map((m) => `{${m}}`).join(", ")} unfilled`);
    }
  }
  if (c.fixture !== undefined && updatingFixtures()) {
    writeExpected(c.fixture, findings);
    return;
  }
  if (c.valid) {
    const problems = findings.filter((f) => f.kind === "discrepancy" || f.severity !== "info");
    if (problems.length > 0) fail(`expected no discrepancy or warning, but ${rule.id} reported:\n${problems.map(describe).join("\n")}`);
  } else if (!Array.isArray(c.findings) || c.findings.length === 0) {
    fail("an invalid case must expect at least one finding");
  }
  const expected = c.findings;
  if (expected === undefined) return;
  for (const e of expected) {
    if (!Object.prototype.hasOwnProperty.call(rule.meta.messages, e.messageId)) fail(`expects messageId "${e.messageId}", which ${rule.id} does not define`);
  }
  if (findings.length !== expected.length) {
    fail(`expected ${expected.length} finding${expected.length === 1 ? "" : "s"}, ${rule.id} reported ${findings.length}:\n${findings.map(describe).join("\n") || "  (none)"}`);
  }
  findings.forEach((f, i) => {
    const differences = findingDifferences(f, expected[i]!);
    if (differences.length > 0) fail(`finding ${i + 1} (${f.message}):\n  ${differences.join("\n  ")}`);
  });
}

function describe(f: Finding): string {
  return `  ${f.kind}/${f.severity} ${f.messageId} [${f.claims.join(", ")}]: ${f.message}`;
}
