import type { Corpus } from "../model/types.js";
import type { RulesConfig } from "./config.js";
import type { AnyRule } from "./define-rule.js";
import type { ClaimOrigin } from "../model/merge.js";
import { wholeCorpus } from "./partition.js";
import { consensusOfPartitions, preparePartition, runPartition } from "./check-partition.js";
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
  return collectReport(checkStream(corpus, options));
}

/**
 * A report stream read to the end, as one {@link Report} value (what
 * {@link check} returns; also what `mergeReports` gives, collected).
 *
 * @example
 * ```ts
 * const report = collectReport(mergeReports(parts));
 * ```
 */
export function collectReport(stream: ReportStream): Report {
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
  const prepared = preparePartition(wholeCorpus(corpus), options);
  const [consensus] = consensusOfPartitions([prepared], options);
  const run = runPartition(prepared, prepared.census, consensus!, options, true);
  return {
    format: "corroborate-report/v1",
    ...(corpus.title !== undefined && { title: corpus.title }),
    sources: run.sources,
    findings: run.findings,
    summary() {
      return { sources: corpus.sources.length, claims: corpus.claims.length, ...run.counts() };
    },
    consensus: run.consensus,
    *claims() {
      for (const [, id, evidence] of run.claims()) yield [id, evidence] as const;
    },
  };
}
