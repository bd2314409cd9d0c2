import type { Corpus } from "../model/types.js";
import { builtinRules } from "../rules/index.js";
import { configureRules, type RulesConfig } from "./config.js";
import type { AnyRule } from "./define-rule.js";
import type { ClaimOrigin } from "../model/merge.js";
import { explainClaim } from "./explain.js";
import { batches, groupClaims } from "./groups.js";
import { SourceIndependence } from "./independence.js";
import { findingOrder } from "./order.js";
import { resolveClaims } from "./resolve.js";
import { consensusPass } from "./consensus.js";
import { runCorpusRules, runSubjectRules, sharedViews, type Run } from "./run-rules.js";
import type { ConsensusEntry, Evidence, Finding, Report, ReportSource, ReportSummary } from "./types.js";

/** Options of {@link check}. */
export interface CheckOptions {
  /**
   * Turn rules off, set their severity, give them options:
   * `{ "single-source": "off", "status-timeline": ["warning", { reportOnTime: false }] }`.
   */
  readonly rules?: RulesConfig;
  /** Your own rules, run after the built-ins (see defineRule). */
  readonly extraRules?: readonly AnyRule[];
  /** Run the built-in rules (default `true`); `false` runs only `extraRules`. */
  readonly builtins?: boolean;
  /** Called with each rule's total time in milliseconds (for `--timing`). */
  readonly onRuleTiming?: (ruleId: string, milliseconds: number) => void;
  /** Called as the check moves on: resolving values, then each rule in turn (for progress displays). */
  readonly onProgress?: (progress: CheckProgress) => void;
  /** Claims per batch for subject-scoped rules (default 5,000): smaller batches hold less in memory at once. */
  readonly batchClaims?: number;
  /**
   * Where each claim was read from, aligned with `corpus.claims` (what
   * `parseCorpora` returns): each claim's evidence then carries its `file` and `line`.
   */
  readonly origins?: readonly (ClaimOrigin | undefined)[];
}

/** Where a check is, for progress displays. */
export type CheckProgress =
  | { readonly stage: "resolving"; readonly claims: number }
  | { readonly stage: "consensus"; readonly groups: number }
  | { readonly stage: "rule"; readonly rule: string; readonly index: number; readonly total: number };

/**
 * A report being computed: findings come out in their final order as they are
 * consumed, batch by batch of subjects, so a large corpus never holds all its
 * findings (or their working state) at once. The summary is complete once the
 * findings have been read to the end; each claim's evidence is computed as it
 * is read.
 */
export interface ReportStream {
  readonly format: "corroborate-report/v1";
  readonly title?: string;
  readonly sources: readonly ReportSource[];
  /** The findings, in report order; can be read once. */
  findings(): Generator<Finding>;
  /** Counts by kind; throws if read before the findings are exhausted. */
  summary(): ReportSummary;
  /** The most likely value of each group, in report order (see {@link ConsensusEntry}). */
  consensus(): Iterable<ConsensusEntry>;
  /** Every claim's evidence, in corpus order. */
  claims(): Generator<readonly [string, Evidence]>;
}

/**
 * Check a corpus: resolve every claim's value once, group claims by subject and
 * predicate, run the rules, and return the report. Pure: no I/O, no clock, no
 * global state; the same corpus gives a byte-identical report, whatever the
 * order of its claims' files.
 *
 * A rule that throws becomes an `error` note naming the rule (and, for a
 * subject-scoped rule, the subject it failed on); what it reported in that run
 * is dropped and every other rule still runs. A configuration mistake (unknown
 * rule, invalid options) throws a {@link ConfigError}.
 *
 * @example
 * ```ts
 * const parsed = parseCorpus(json);
 * if (parsed.ok) {
 *   const report = check(parsed.corpus, { rules: { "single-source": "off" } });
 *   console.log(report.summary.discrepancies);
 * }
 * ```
 */
export function check(corpus: Corpus, options: CheckOptions = {}): Report {
  const stream = checkStream(corpus, options);
  const findings = [...stream.findings()];
  const claims: Record<string, Evidence> = Object.create(null);
  for (const [id, evidence] of stream.claims()) claims[id] = evidence;
  return {
    format: stream.format,
    ...(stream.title !== undefined && { title: stream.title }),
    summary: stream.summary(),
    sources: stream.sources,
    findings,
    consensus: [...stream.consensus()],
    claims,
  };
}

/**
 * {@link check} as a stream, for corpora too large to hold every finding at
 * once (the command line's JSON output uses it).
 *
 * @example
 * ```ts
 * const stream = checkStream(corpus);
 * for (const finding of stream.findings()) if (finding.kind === "discrepancy") console.log(finding.message);
 * console.log(stream.summary());
 * ```
 */
export function checkStream(corpus: Corpus, options: CheckOptions = {}): ReportStream {
  const configured = configureRules([...(options.builtins === false ? [] : builtinRules), ...(options.extraRules ?? [])], options.rules);
  options.onProgress?.({ stage: "resolving", claims: corpus.claims.length });
  const { claims, reader } = resolveClaims(corpus);
  const groups = groupClaims(corpus, claims);
  const firstClaim = new WeakMap<Finding, number>();
  const views = sharedViews(corpus);
  const independence = new SourceIndependence(corpus.sources);
  options.onProgress?.({ stage: "consensus", groups: groups.length });
  const consensus = consensusPass({ corpus, groups, ...views, independence: independence.fresh() });
  const run: Run = {
    corpus,
    reader,
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
    independence,
    consensus: consensus.of,
    ...views,
    timings: new Map(),
    failed: new Set(),
    firstClaim,
    ...(options.onProgress && {
      onProgress: (rule: string, index: number) => options.onProgress!({ stage: "rule", rule, index, total: configured.length }),
    }),
  };
  const order = findingOrder(corpus, (f) => firstClaim.get(f) ?? -1);
  const counts = { agreements: 0, discrepancies: 0, notes: 0 };
  let exhausted = false;

  function* findings(): Generator<Finding> {
    const perSubject = configured.filter((c) => c.rule.meta.scope === "subject");
    const whole = configured.filter((c) => c.rule.meta.scope !== "subject");
    // Corpus-scoped rules see everything once (even a corpus with no claims); their findings are merged into the stream by order.
    const early: Finding[] = [];
    const late: Finding[] = [];
    for (const f of runCorpusRules(run, whole, claims, groups, 0)) (f.subject === null ? late : early).push(f);
    early.sort(order.compare);
    let next = 0;
    for (const batch of batches(groups, options.batchClaims ?? 5_000)) {
      const found = runSubjectRules(run, perSubject, batch, whole.length);
      const lastSubject = order.subjectRank(batch.at(-1)!.subject);
      const own: Finding[] = [];
      for (const f of found) (f.subject === null ? late : own).push(f);
      while (next < early.length && order.subjectRank(early[next]!.subject) <= lastSubject) own.push(early[next++]!);
      yield* count(own.sort(order.compare));
    }
    yield* count(early.slice(next).sort(order.compare));
    yield* count(late.sort(order.compare));
    for (const [rule, ms] of run.timings) options.onRuleTiming?.(rule, ms);
    exhausted = true;
  }

  function* count(list: readonly Finding[]): Generator<Finding> {
    for (const f of list) {
      if (f.kind === "agreement") counts.agreements++;
      else if (f.kind === "discrepancy") counts.discrepancies++;
      else counts.notes++;
      yield f;
    }
  }

  return {
    format: "corroborate-report/v1",
    ...(corpus.title !== undefined && { title: corpus.title }),
    sources: corpus.sources.map((s) => ({ ...reportSource(s), ...consensus.sources.get(s.id) })),
    findings,
    summary() {
      if (!exhausted) throw new Error("the summary is known once the findings have been read to the end");
      return { sources: corpus.sources.length, claims: corpus.claims.length, ...counts };
    },
    consensus() {
      return consensus.entries;
    },
    *claims() {
      for (const c of claims) yield [c.claim.id, explainClaim(c, options.origins?.[c.index])] as const;
    },
  };
}

function reportSource(s: Corpus["sources"][number]): ReportSource {
  return {
    id: s.id,
    outlet: s.outlet,
    publishedAt: s.publishedAt ?? null,
    ...(s.title !== undefined && { title: s.title }),
    ...(s.url !== undefined && { url: s.url }),
    ...(s.author !== undefined && { author: s.author }),
    ...(s.note !== undefined && { note: s.note }),
    ...(s.republishes !== undefined && { republishes: s.republishes }),
  };
}
