import { compareNames, type EntityMatcher } from "../entities/matcher.js";
import type { Corpus } from "../model/types.js";
import { builtinRules } from "../rules/index.js";
import { clusterClaims, type ValueCluster } from "./cluster.js";
import { configureRules, type ConfiguredRule, type RulesConfig } from "./config.js";
import type { ReportDescriptor, RuleContext } from "./context.js";
import { fillMessage, type AnyRule } from "./define-rule.js";
import { explainClaim } from "./explain.js";
import { SourceIndependence } from "./independence.js";
import { resolveClaims } from "./resolve.js";
import type { ClaimGroup, Cluster, ConsensusEntry, Evidence, Finding, Report, ReportSource, ReportSummary, ResolvedClaim } from "./types.js";

/** Options of {@link check}. */
export interface CheckOptions {
  /** Turn rules off, set their severity, give them options: `{ "single-source": "off", "text-consistency": ["warning", { threshold: 0.9 }] }`. */
  readonly rules?: RulesConfig;
  /** Your own rules, run after the built-ins (see defineRule). */
  readonly extraRules?: readonly AnyRule[];
  /** Run the built-in rules (default `true`); `false` runs only `extraRules`. */
  readonly builtins?: boolean;
  /** Called with each rule's total time in milliseconds (for `--timing`). */
  readonly onRuleTiming?: (ruleId: string, milliseconds: number) => void;
  /** Called as the check moves on: resolving values, then each rule in turn (for progress displays). */
  readonly onProgress?: (progress: CheckProgress) => void;
  /** Claims per batch for subject-scoped rules (default 50,000): smaller batches hold less in memory at once. */
  readonly batchClaims?: number;
}

/** Where a check is, for progress displays. */
export type CheckProgress =
  | { readonly stage: "resolving"; readonly claims: number }
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
  /** The most likely value of each group, in report order (complete once the findings have been read). */
  consensus(): Iterable<ConsensusEntry>;
  /** Every claim's evidence, in corpus order. */
  claims(): Generator<readonly [string, Evidence]>;
}

/**
 * Check a corpus: resolve every claim's value once, group claims by subject and
 * predicate, run the rules, and return the report (CONTRACT.md §2). Pure: no I/O,
 * no clock, no global state; the same corpus gives a byte-identical report.
 *
 * A rule that throws becomes one `error` finding naming the rule; what it
 * reported in that run is dropped and every other rule still runs. A
 * configuration mistake (unknown rule, invalid options) throws a {@link ConfigError}.
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
  const { claims, matcher } = resolveClaims(corpus);
  const groups = groupClaims(corpus, claims);
  const run: Run = {
    corpus,
    matcher,
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
    independence: new SourceIndependence(corpus.sources),
    timings: new Map(),
    failed: new Set(),
    options,
    total: configured.length,
  };
  const order = findingOrder(corpus);
  const counts = { agreements: 0, discrepancies: 0, notes: 0 };
  let exhausted = false;

  function* findings(): Generator<Finding> {
    const perSubject = configured.filter((c) => c.rule.meta.scope === "subject");
    const whole = configured.filter((c) => c.rule.meta.scope !== "subject");
    // Corpus-scoped rules see everything once; their findings are merged into the stream by order.
    const early: Finding[] = [];
    const late: Finding[] = [];
    for (const f of runRules(run, whole, claims, groups, 0)) {
      (f.subject === null ? late : early).push(f);
    }
    early.sort(order.compare);
    let next = 0;
    for (const batch of batches(groups, options.batchClaims ?? 5_000)) {
      const batchClaims = batch.flatMap((g) => g.claims).sort((a, b) => a.index - b.index);
      const found = runRules(run, perSubject, batchClaims, batch, whole.length);
      const lastSubject = order.subjectRank(batch.at(-1)!.subject);
      const own = found.filter((f) => f.subject !== null);
      late.push(...found.filter((f) => f.subject === null));
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
    sources: corpus.sources.map((s) => ({
      id: s.id,
      outlet: s.outlet,
      publishedAt: s.publishedAt ?? null,
      ...(s.title !== undefined && { title: s.title }),
      ...(s.url !== undefined && { url: s.url }),
      ...(s.author !== undefined && { author: s.author }),
      ...(s.note !== undefined && { note: s.note }),
      ...(s.republishes !== undefined && { republishes: s.republishes }),
    })),
    findings,
    summary() {
      if (!exhausted) throw new Error("the summary is known once the findings have been read to the end");
      return { sources: corpus.sources.length, claims: corpus.claims.length, ...counts };
    },
    consensus() {
      return [];
    },
    *claims() {
      for (const c of claims) yield [c.claim.id, explainClaim(c)] as const;
    },
  };
}

/**
 * Run some rules on some claims and groups with fresh caches (clusters, slices,
 * independence), which are dropped with the batch. A rule that throws gives one
 * error finding (once per rule) and loses what it reported in this run.
 */
/** What every run of rules in one check shares: built once, whatever the number of batches. */
interface Run {
  readonly corpus: Corpus;
  readonly matcher: EntityMatcher;
  readonly sources: ReadonlyMap<string, Corpus["sources"][number]>;
  /** The republishing graph; each run of rules takes it with fresh caches. */
  readonly independence: SourceIndependence;
  readonly timings: Map<string, number>;
  readonly failed: Set<string>;
  readonly options: CheckOptions;
  /** How many rules the check runs, for progress. */
  readonly total: number;
}

function runRules(
  run: Run,
  rules: readonly ConfiguredRule[],
  claims: readonly ResolvedClaim[],
  groups: readonly ClaimGroup[],
  offset: number,
): Finding[] {
  const findings: Finding[] = [];
  if (rules.length === 0 || groups.length === 0) return findings;
  const { corpus, matcher, sources, timings, failed, options, total } = run;
  const independence = run.independence.fresh();
  const clusterCache = new WeakMap<readonly ResolvedClaim[], readonly ValueCluster[]>();
  const sliceCache = new WeakMap<ClaimGroup, readonly (readonly ResolvedClaim[])[]>();
  for (const [i, { rule, options: ruleOptions, severity }] of rules.entries()) {
    if (failed.has(rule.id)) continue;
    options.onProgress?.({ stage: "rule", rule: rule.id, index: offset + i, total });
    const found: Finding[] = [];
    const ctx: RuleContext<unknown> = Object.freeze({
      id: rule.id,
      options: ruleOptions,
      corpus,
      claims,
      groups,
      source: (id: string) => sources.get(id),
      clusters(list: readonly ResolvedClaim[]) {
        let cached = clusterCache.get(list);
        if (!cached) {
          const spec = list[0] ? corpus.predicates[list[0].claim.predicate] : undefined;
          cached = Object.freeze(clusterClaims(list, { tolerance: spec?.tolerance ?? 0 }));
          clusterCache.set(list, cached);
        }
        return cached;
      },
      slices(group: ClaimGroup) {
        let cached = sliceCache.get(group);
        if (!cached) {
          cached = Object.freeze(sliceByTime(group));
          sliceCache.set(group, cached);
        }
        return cached;
      },
      independence: (list: readonly ResolvedClaim[]) => independence.of(list),
      identify: (name: string) => matcher.identify(name),
      compareNames,
      report(descriptor: ReportDescriptor) {
        found.push(toFinding(rule, descriptor, severity, independence));
      },
    });
    const started = performance.now();
    try {
      rule.create(ctx);
      findings.push(...found);
    } catch (error) {
      failed.add(rule.id);
      findings.push(ruleCrash(rule.id, error));
    }
    timings.set(rule.id, (timings.get(rule.id) ?? 0) + performance.now() - started);
  }
  return findings;
}

/** Consecutive whole subjects, about `size` claims at a time (a subject is never split). */
function* batches(groups: readonly ClaimGroup[], size: number): Generator<ClaimGroup[]> {
  let batch: ClaimGroup[] = [];
  let claims = 0;
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    const startsSubject = i === 0 || groups[i - 1]!.subject !== group.subject;
    if (startsSubject && claims >= size) {
      yield batch;
      batch = [];
      claims = 0;
    }
    batch.push(group);
    claims += group.claims.length;
  }
  if (batch.length > 0) yield batch;
}

/** Claims by subject, then predicate, in order of first appearance: all of a subject's groups are adjacent. */
function groupClaims(corpus: Corpus, claims: readonly ResolvedClaim[]): ClaimGroup[] {
  const lists = new Map<string, ResolvedClaim[]>();
  const subjects = new Map<string, string[]>(); // subject → its group keys, in order of first appearance
  for (const c of claims) {
    const key = `${c.claim.subject}\u0000${c.claim.predicate}`;
    const list = lists.get(key);
    if (list) list.push(c);
    else {
      lists.set(key, [c]);
      const keys = subjects.get(c.claim.subject);
      if (keys) keys.push(key);
      else subjects.set(c.claim.subject, [key]);
    }
  }
  const groups: ClaimGroup[] = [];
  for (const keys of subjects.values()) {
    for (const key of keys) {
      const list = lists.get(key)!;
      const { subject, predicate } = list[0]!.claim;
      groups.push(Object.freeze({ subject, predicate, spec: corpus.predicates[predicate]!, claims: Object.freeze(list) }));
    }
  }
  return groups;
}

/**
 * Split a group where its claims' times do not overlap (sweep over `asOf`):
 * claims about different times are not compared. Claims with no known time
 * stand alone.
 */
function sliceByTime(group: ClaimGroup): (readonly ResolvedClaim[])[] {
  if (!group.spec.changesOverTime) return [group.claims];
  const timed = group.claims.filter((c) => c.asOf !== undefined).sort((a, b) => a.asOf!.startDay - b.asOf!.startDay || a.index - b.index);
  const slices: ResolvedClaim[][] = [];
  let end = -Infinity;
  for (const c of timed) {
    if (c.asOf!.startDay > end) slices.push([]);
    slices.at(-1)!.push(c);
    end = Math.max(end, c.asOf!.endDay);
  }
  for (const c of group.claims) if (c.asOf === undefined) slices.push([c]);
  return slices.map((s) => s.sort((a, b) => a.index - b.index));
}

/** Each finding's first claim's position in the corpus, for ordering, kept beside the finding rather than in it. */
const firstClaim = new WeakMap<Finding, number>();

function toFinding(
  rule: AnyRule,
  d: ReportDescriptor,
  severityOverride: Finding["severity"] | undefined,
  independence: SourceIndependence,
): Finding {
  const template = rule.meta.messages[d.messageId];
  if (template === undefined) throw new Error(`rule "${rule.id}" reported an unknown messageId "${d.messageId}"`);
  const data = d.data ?? {};
  const claims = d.claims.length > 1 ? [...d.claims].sort((a, b) => a.index - b.index) : d.claims;
  const clusters: Cluster[] | undefined = d.clusters?.map((c) => {
    const ind = independence.of(c.claims);
    return { value: c.value, claims: c.claims.map((x) => x.claim.id), independentSources: ind.count, sources: ind.sources };
  });
  const finding: Finding = {
    rule: rule.id,
    kind: d.kind,
    severity: severityOverride ?? d.severity ?? (d.kind === "discrepancy" ? "warning" : "info"),
    subject: d.subject,
    predicate: d.predicate,
    claims: claims.map((c) => c.claim.id),
    message: fillMessage(template, data),
    messageId: d.messageId,
    data: { ...data },
    ...(clusters && { clusters }),
    ...(d.note !== undefined && { note: d.note }),
  };
  if (claims.length > 0) firstClaim.set(finding, claims[0]!.index);
  return finding;
}

function ruleCrash(ruleId: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule: ruleId,
    kind: "note",
    severity: "error",
    subject: null,
    predicate: null,
    claims: [],
    message: `Rule "${ruleId}" failed and reported nothing: ${reason}`,
    messageId: "ruleFailed",
    data: { rule: ruleId, reason },
  };
}

const KIND_ORDER = { discrepancy: 0, agreement: 1, note: 2 } as const;

/**
 * The report's order: subjects and predicates in order of first appearance
 * (findings about no subject last), discrepancies first, then rule, claims and
 * message. Ties keep the order rules reported them in (Array#sort is stable).
 */
function findingOrder(corpus: Corpus): { compare: (a: Finding, b: Finding) => number; subjectRank: (subject: string | null) => number } {
  const subjectOrder = new Map<string, number>();
  const predicateOrder = new Map<string, number>();
  for (const c of corpus.claims) {
    if (!subjectOrder.has(c.subject)) subjectOrder.set(c.subject, subjectOrder.size);
    if (!predicateOrder.has(c.predicate)) predicateOrder.set(c.predicate, predicateOrder.size);
  }
  const subjectRank = (subject: string | null) => (subject === null ? Number.MAX_SAFE_INTEGER : (subjectOrder.get(subject) ?? subjectOrder.size));
  const predicateRank = (predicate: string | null) => (predicate === null ? -1 : (predicateOrder.get(predicate) ?? predicateOrder.size));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    subjectRank,
    compare: (a, b) =>
      subjectRank(a.subject) - subjectRank(b.subject) ||
      predicateRank(a.predicate) - predicateRank(b.predicate) ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      cmp(a.rule, b.rule) ||
      (firstClaim.get(a) ?? -1) - (firstClaim.get(b) ?? -1) ||
      cmp(a.message, b.message),
  };
}
