/**
 * A check in steps, so that a corpus split by subject (partition.ts) can be
 * checked partition by partition — on threads, or on machines that exchange
 * only sums — and merged into the report of the whole (merge-reports.ts):
 *
 * 1. {@link preparePartition}: resolve a partition's values, group its claims,
 *    and count what the others need to know (its {@link Census});
 * 2. {@link consensusOfPartitions}: consensus across every partition;
 * 3. {@link checkPartition}: run the rules on one partition, given the combined
 *    census and the consensus: its share of the report, each entry placed.
 *
 * `check` is the same three steps on the whole corpus as one partition.
 */
import type { Corpus } from "../model/types.js";
import { builtinRules } from "../rules/index.js";
import type { CheckOptions } from "./check.js";
import { ConfigError, configureRules } from "./config.js";
import { consensusPasses, type ConsensusPass } from "./consensus.js";
import { explainClaim } from "./explain.js";
import { batches, groupClaims } from "./groups.js";
import { SourceIndependence } from "./independence.js";
import { findingOrder, firstPositions } from "./order.js";
import { checkPositions, type Census, type CorpusPartition } from "./partition.js";
import { resolveClaims, type ValueReader } from "./resolve.js";
import { runCorpusRules, runSubjectRules, sharedViews, type Run } from "./run-rules.js";
import type { ClaimGroup, ConsensusEntry, Evidence, Finding, ReportSource, ResolvedClaim } from "./types.js";

/** What a partition's check works on: built once by {@link preparePartition}, kept out of the public value. */
interface Work {
  readonly claims: readonly ResolvedClaim[];
  readonly groups: readonly ClaimGroup[];
  readonly reader: ValueReader;
  readonly views: Pick<Run, "clusters" | "slices">;
  readonly independence: SourceIndependence;
  /** Each subject's first position in the whole corpus (all of a subject's claims are in its partition). */
  readonly subjects: ReadonlyMap<string, number>;
}
const works = new WeakMap<PreparedPartition, Work>();

/**
 * A partition made ready to be checked: every claim's value resolved and its
 * claims grouped (the working state stays with the value, in the process that
 * prepared it), and its {@link Census} for the others.
 */
export interface PreparedPartition {
  readonly partition: CorpusPartition;
  /** What this partition tells the others: combine every partition's with `combineCensus`. */
  readonly census: Census;
}

/**
 * Step one of a partitioned check: resolve a partition's values and group its
 * claims. Run it where the partition will be checked.
 *
 * @example
 * ```ts
 * const prepared = partitionCorpus(corpus, 4).map((p) => preparePartition(p));
 * const census = combineCensus(prepared.map((p) => p.census));
 * ```
 */
export function preparePartition(partition: CorpusPartition, options: Pick<CheckOptions, "onProgress"> = {}): PreparedPartition {
  checkPositions(partition);
  const { corpus, positions } = partition;
  options.onProgress?.({ stage: "resolving", claims: corpus.claims.length });
  const { claims, reader } = resolveClaims(corpus, positions);
  const groups = groupClaims(corpus, claims);
  const first = firstPositions(corpus.claims, positions);
  const prepared: PreparedPartition = Object.freeze({
    partition,
    census: Object.freeze({ claims: corpus.claims.length, predicates: Object.freeze(Object.assign(Object.create(null) as Record<string, number>, Object.fromEntries(first.predicates))) }),
  });
  works.set(prepared, { claims, groups, reader, views: sharedViews(corpus), independence: new SourceIndependence(corpus.sources), subjects: first.subjects });
  return prepared;
}

function workOf(prepared: PreparedPartition): Work {
  const work = works.get(prepared);
  if (!work) throw new TypeError("not a prepared partition: make one with preparePartition()");
  return work;
}

/**
 * Step two: consensus across every partition, and what it concluded for each
 * one (its groups' most likely values; every source's trust and copying).
 * Each partition's groups stay with it: the rounds of truth discovery pass
 * only sums per source and per pair of sources between partitions
 * (`discoverTruthInShards`), which a distributed engine can exchange between
 * machines; here they run in one process.
 *
 * @example
 * ```ts
 * const consensus = consensusOfPartitions(prepared);
 * const parts = prepared.map((p, i) => checkPartition(p, census, consensus[i]!));
 * ```
 */
export function consensusOfPartitions(prepared: readonly PreparedPartition[], options: Pick<CheckOptions, "onProgress"> = {}): ConsensusPass[] {
  const works = prepared.map(workOf);
  options.onProgress?.({ stage: "consensus", groups: works.reduce((n, w) => n + w.groups.length, 0) });
  // Each partition judges its own groups; only sums per source and per pair of sources pass between them.
  return consensusPasses(works.map((work, p) => ({ corpus: prepared[p]!.partition.corpus, groups: work.groups, ...work.views, independence: work.independence.fresh() })));
}

/** Counts of findings by kind. */
export interface FindingCounts {
  readonly agreements: number;
  readonly discrepancies: number;
  readonly notes: number;
}

/** Where an entry of a partial report goes in the whole report: its subject's and predicate's first positions in the whole corpus. */
export interface Placement {
  readonly subject: number;
  readonly predicate: number;
}

/**
 * A partition's share of the report: plain data (JSON-safe), each entry with
 * what places it in the whole report. {@link mergeReports} interleaves the
 * shares of every partition into the whole report, byte for byte.
 */
export interface PartialReport {
  readonly format: "corroborate-report/v1";
  readonly title?: string;
  /** Every source of the corpus, with trust and copying learned from the whole corpus (the same in every partition's share). */
  readonly sources: readonly ReportSource[];
  /** Claims in the whole corpus. */
  readonly corpusClaims: number;
  /** This partition's findings in report order, each with its place and its first claim's position. */
  readonly findings: readonly { readonly at: Placement; readonly first: number; readonly finding: Finding }[];
  readonly counts: FindingCounts;
  /** This partition's consensus entries in report order, with their places. */
  readonly consensus: readonly { readonly at: Placement; readonly entry: ConsensusEntry }[];
  /** This partition's claims' evidence, each with its position in the whole corpus. */
  readonly claims: readonly { readonly position: number; readonly id: string; readonly evidence: Evidence }[];
}

/**
 * Step three: run the rules on one partition and explain its claims, given
 * the combined census and the consensus. Only subject-scoped rules can run on
 * a partition (every built-in rule is one); a corpus-scoped rule needs the
 * whole corpus and is a {@link ConfigError} here, unless the partition is the
 * whole corpus. `options.origins` is aligned with the partition's claims.
 *
 * @example
 * ```ts
 * const parts = prepared.map((p, i) => checkPartition(p, census, consensus[i]!));
 * const report = mergeReports(parts); // the report of the whole corpus
 * ```
 */
export function checkPartition(prepared: PreparedPartition, census: Census, consensus: ConsensusPass, options: CheckOptions = {}): PartialReport {
  const whole = census.claims === prepared.partition.corpus.claims.length;
  const run = runPartition(prepared, census, consensus, options, whole);
  const corpus = prepared.partition.corpus;
  const findings: PartialReport["findings"][number][] = [];
  for (const finding of run.findings()) findings.push({ at: run.place(finding), first: run.firstClaim(finding), finding });
  return {
    format: "corroborate-report/v1",
    ...(corpus.title !== undefined && { title: corpus.title }),
    sources: run.sources,
    corpusClaims: census.claims,
    findings,
    counts: run.counts(),
    consensus: Array.from(run.consensus(), (entry) => ({ at: run.placeEntry(entry), entry })),
    claims: Array.from(run.claims(), ([position, id, evidence]) => ({ position, id, evidence })),
  };
}

/** A partition's check as it runs: findings in report order as they are read, then the rest. */
export interface PartitionRun {
  readonly sources: readonly ReportSource[];
  findings(): Generator<Finding>;
  /** Counts by kind; throws if read before the findings are exhausted. */
  counts(): FindingCounts;
  consensus(): Iterable<ConsensusEntry>;
  claims(): Generator<readonly [number, string, Evidence]>;
  place(f: Finding): Placement;
  placeEntry(e: ConsensusEntry): Placement;
  firstClaim(f: Finding): number;
}

/** @internal The check of one partition as it runs (checkStream reads it directly). */
export function runPartition(prepared: PreparedPartition, census: Census, consensus: ConsensusPass, options: CheckOptions, whole: boolean): PartitionRun {
  const work = workOf(prepared);
  const { corpus } = prepared.partition;
  const configured = configureRules([...(options.builtins === false ? [] : builtinRules), ...(options.extraRules ?? [])], options.rules);
  const wholeOnly = configured.filter((c) => c.rule.meta.scope !== "subject");
  if (!whole && wholeOnly.length > 0) {
    throw new ConfigError(wholeOnly.map((c) => `rule "${c.rule.id}" looks at the whole corpus (scope "corpus") and cannot run on a partition of it`));
  }
  const firstClaim = new WeakMap<Finding, number>();
  const run: Run = {
    corpus,
    reader: work.reader,
    sources: new Map(corpus.sources.map((s) => [s.id, s])),
    // Sources that consensus found copying one another count once in every finding too.
    independence: work.independence.withCopying(consensus.copying),
    consensus: consensus.of,
    ...work.views,
    timings: new Map(),
    failed: new Set(),
    firstClaim,
    ...(options.onProgress && {
      onProgress: (rule: string, index: number) => options.onProgress!({ stage: "rule", rule, index, total: configured.length }),
    }),
  };
  const order = findingOrder({ subject: (s) => work.subjects.get(s), predicate: (p) => census.predicates[p] }, (f) => firstClaim.get(f) ?? -1);
  const counts = { agreements: 0, discrepancies: 0, notes: 0 };
  let exhausted = false;
  const { claims, groups } = work;

  function* findings(): Generator<Finding> {
    const perSubject = configured.filter((c) => c.rule.meta.scope === "subject");
    // Corpus-scoped rules see everything once (even a corpus with no claims); their findings are merged into the stream by order.
    const early: Finding[] = [];
    const late: Finding[] = [];
    for (const f of runCorpusRules(run, wholeOnly, claims, groups, 0)) (f.subject === null ? late : early).push(f);
    early.sort(order.compare);
    let next = 0;
    for (const batch of batches(groups, options.batchClaims ?? 5_000)) {
      const found = runSubjectRules(run, perSubject, batch, wholeOnly.length);
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

  // Consensus entries in the whole report's order: by subject, then by the predicate's first appearance in the whole corpus (stable: a group's slices and values keep theirs).
  const placeEntry = (e: ConsensusEntry): Placement => ({ subject: order.subjectRank(e.subject), predicate: order.predicateRank(e.predicate) });
  const entries = whole ? consensus.entries : [...consensus.entries].sort((a, b) => order.subjectRank(a.subject) - order.subjectRank(b.subject) || order.predicateRank(a.predicate) - order.predicateRank(b.predicate));
  return {
    sources: corpus.sources.map((s) => ({ ...reportSource(s), ...consensus.sources.get(s.id) })),
    findings,
    counts() {
      if (!exhausted) throw new Error("the summary is known once the findings have been read to the end");
      return { ...counts };
    },
    consensus: () => entries,
    *claims() {
      for (let i = 0; i < claims.length; i++) {
        const c = claims[i]!;
        yield [c.index, c.claim.id, explainClaim(c, options.origins?.[i])] as const;
      }
    },
    place: (f) => ({ subject: order.subjectRank(f.subject), predicate: order.predicateRank(f.predicate) }),
    placeEntry,
    firstClaim: (f) => firstClaim.get(f) ?? -1,
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
