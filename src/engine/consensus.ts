/**
 * The consensus pass: before any rule runs, every group of claims with a
 * single true value (per time slice where values change over time) becomes an
 * item of a truth-discovery problem — its clusters are the candidate values,
 * each value module says how much one value supports another — and the
 * solution gives each group its most likely value and confidence, each source
 * its trust, and the pairs of sources that copy one another. Rules read it
 * (`ctx.consensus`) so that findings lead with the answer.
 */
import { discoverTruthInShards } from "../consensus/truth-discovery.js";
import type { TruthItem, TruthProblem, TruthSolution } from "../consensus/types.js";
import type { Corpus } from "../model/types.js";
import type { ValueCluster } from "../values/cluster.js";
import { moduleFor, type AnyValueModule, type ResolvedValue } from "../values/index.js";
import type { ReportValue } from "../values/value-module.js";
import type { PredicateSpec } from "../model/types.js";
import type { Consensus } from "./context.js";
import type { CopyingPair, SourceIndependence } from "./independence.js";
import type { ClaimGroup, ConsensusEntry, ResolvedClaim, SourceDependence } from "./types.js";

/** What the consensus pass concluded, for rules and for the report. */
export interface ConsensusPass {
  /** One entry per single-valued group or slice with a value (and one per value judged true for `many`), in report order. */
  readonly entries: readonly ConsensusEntry[];
  /** Trust and dependences by source id, where the corpus gave evidence for them. */
  readonly sources: ReadonlyMap<string, { readonly trust?: number; readonly dependsOn?: readonly SourceDependence[] }>;
  /** The copying it found (declared republishing aside), as `dependsOn` reports it: what counts sources once in findings too. */
  readonly copying: readonly CopyingPair[];
  /** The consensus of a list of claims the engine made (a group, or one of its slices). */
  of(claims: readonly ResolvedClaim[]): Consensus | undefined;
}

/** What the pass needs from the check. */
export interface ConsensusInput {
  readonly corpus: Corpus;
  readonly groups: readonly ClaimGroup[];
  readonly clusters: (claims: readonly ResolvedClaim[]) => readonly ValueCluster[];
  readonly slices: (group: ClaimGroup) => readonly (readonly ResolvedClaim[])[];
  readonly independence: SourceIndependence;
}

/**
 * A quote as its source worded it, case and spacing set aside: claims of one
 * group with equal wordings repeat one another's words (a copied sentence, a
 * time in one feed's layout), which consensus weighs as evidence of copying.
 */
function wordingOf(quote: string): string {
  return quote.trim().replace(/\s+/g, " ").toLowerCase();
}

/** Probabilities and trust are reported to two decimals: what a reader can use, and stable across platforms. */
const round = (p: number) => Math.round(p * 100) / 100;
/**
 * An estimate learned from the record (a source's trust, that one source copies
 * another): two decimals, and never 1.00, which would read as certainty no
 * record of a few thousand values gives. Declared republishing is not estimated.
 */
const estimate = (p: number) => Math.min(0.99, round(p));

/** The claim lists consensus judges: the whole group, or its slices when its value changes over time. */
export function itemsOf(group: ClaimGroup, input: Pick<ConsensusInput, "clusters" | "slices">): readonly (readonly ResolvedClaim[])[] {
  return !group.spec.changesOverTime || input.clusters(group.claims).length <= 1 ? [group.claims] : input.slices(group);
}

/**
 * Run consensus over the whole corpus.
 *
 * @example
 * ```ts
 * const pass = consensusPass({ corpus, groups, clusters, slices, independence });
 * pass.of(group.claims)?.entry.confidence; // 0.94
 * ```
 */
export function consensusPass(input: ConsensusInput): ConsensusPass {
  return consensusPasses([input])[0]!;
}

/**
 * Consensus over a corpus split by subject (one input per partition, each
 * with every source and its own groups): each partition's truth-discovery
 * items stay with it, and only sums per source and per pair of sources pass
 * between them (`discoverTruthInShards`). One pass per partition, each
 * exactly what the partition's share of {@link consensusPass} on the whole
 * corpus would be.
 *
 * @example
 * ```ts
 * const [north, south] = consensusPasses([northInput, southInput]);
 * north.sources.get("wire")?.trust; // the same in both: learned from the whole corpus
 * ```
 */
export function consensusPasses(inputs: readonly ConsensusInput[]): ConsensusPass[] {
  const built = inputs.map(truthProblemOf);
  const solutions = discoverTruthInShards(built.map((b) => b.problem));
  return inputs.map((input, i) => conclude(input, built[i]!.lists, solutions[i]!));
}

/** A partition's groups as a truth-discovery problem: one item per group (or slice), its candidates as values. */
function truthProblemOf(input: ConsensusInput): { lists: List[]; problem: TruthProblem } {
  const { corpus, groups } = input;
  const sourceIndex = new Map(corpus.sources.map((s, i) => [s.id, i]));
  const lists: List[] = [];
  const items: TruthItem[] = [];
  for (const group of groups) {
    const module = moduleFor(group.spec.type);
    for (const claims of itemsOf(group, input)) {
      const clusters = input.clusters(claims);
      if (clusters.length === 0) continue;
      const candidates = candidatesOf(clusters, module, group.spec);
      const k = candidates.length;
      const seen = new Set<number>();
      const truthClaims: { source: number; value: number; form?: number }[] = [];
      const wordings = new Map<string, number>();
      candidates.forEach((candidate, v) => {
        for (const c of candidate.claims) {
          const source = sourceIndex.get(c.source.id)!;
          const key = source * k + v;
          if (seen.has(key)) continue;
          seen.add(key);
          const wording = wordingOf(c.claim.quote);
          let form = wordings.get(wording);
          if (form === undefined) wordings.set(wording, (form = wordings.size));
          truthClaims.push({ source, value: v, form });
        }
      });
      let support: Float64Array | undefined;
      if (k > 1 && k <= SUPPORT_LIMIT) {
        support = new Float64Array(k * k);
        for (let v = 0; v < k; v++) {
          for (let w = 0; w < k; w++) support[v * k + w] = v === w ? 1 : module.support(candidates[v]!.resolved, candidates[w]!.resolved, group.spec);
        }
      }
      lists.push({ group, claims, candidates });
      items.push({
        valueCount: k,
        claims: truthClaims,
        ...(support && { support }),
        ...(group.spec.cardinality === "many" && { many: true }),
      });
    }
  }
  const knownDependences = input.independence.republished().map(([copier, original]) => ({ copier: sourceIndex.get(copier)!, original: sourceIndex.get(original)! }));
  return { lists, problem: { sourceCount: corpus.sources.length, items, knownDependences } };
}

/** A group or slice as consensus judged it: its candidate values, in the order of the truth-discovery item's values. */
interface List {
  readonly group: ClaimGroup;
  readonly claims: readonly ResolvedClaim[];
  readonly candidates: readonly Candidate[];
}

/** One value consensus weighs: a whole cluster, or one distinct value of a cluster whose values are rivals. */
interface Candidate {
  /** The cluster it is, or belongs to. */
  readonly cluster: ValueCluster;
  readonly claims: readonly ResolvedClaim[];
  readonly resolved: ResolvedValue;
  readonly value: ReportValue;
}

/**
 * Above this many candidate values a group's values lend one another nothing:
 * their support is a square table (ten thousand values would be a hundred
 * million entries), and a group that scattered has no near values worth the cost.
 */
const SUPPORT_LIMIT = 256;

/** Above this many distinct values a cluster is weighed whole: comparing them pairwise would cost their square. */
const RIVALS_LIMIT = 32;

/**
 * The candidate values of a group. A cluster's values fall into classes, two
 * values sharing a class when one implies the other (fully supports it: a day
 * and its month, a gate and the gate with its terminal, a list and the same
 * list written more fully). A cluster of one class is one candidate, its
 * combined value the answer, as specific as its claims allow. A cluster of
 * several — values compatible yet rivals, such as an author list and the same
 * list with a third name added: the longer says the shorter left someone out —
 * gives a candidate per class, and the support between them decides (trust
 * and copies counted), rather than the longer list winning because it shares
 * a cluster with the shorter.
 *
 * @example
 * ```ts
 * // One cluster: "Brundage, Michael" ×27 and "Peterson, Paul; Brundage, Michael" ×2.
 * candidatesOf(clusters, moduleFor("names"), spec).map((c) => c.value); // [["Michael Brundage"], ["Paul Peterson", "Michael Brundage"]]
 * ```
 */
export function candidatesOf(clusters: readonly ValueCluster[], module: AnyValueModule, spec: PredicateSpec): Candidate[] {
  const out: Candidate[] = [];
  for (const cluster of clusters) {
    const whole: Candidate = { cluster, claims: cluster.claims, resolved: cluster.resolved, value: cluster.value };
    const byKey = new Map<string, ResolvedClaim[]>();
    for (const c of cluster.claims) {
      const key = module.key(c.value);
      const list = byKey.get(key);
      if (list) list.push(c);
      else byKey.set(key, [c]);
    }
    if (byKey.size < 2 || byKey.size > RIVALS_LIMIT) {
      out.push(whole);
      continue;
    }
    // Each distinct value read once, from its lexically smallest writing, so nothing depends on claim order.
    const values = [...byKey.values()].map((claims) => ({ claims, resolved: claims.reduce((a, b) => (b.value.written < a.value.written ? b : a)).value }));
    // Values one of which implies the other answer together (a list and the same list written more fully).
    const parent = values.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (let i = 0; i < values.length; i++) {
      for (let j = i + 1; j < values.length; j++) {
        const a = values[i]!.resolved;
        const b = values[j]!.resolved;
        if (module.support(a, b, spec) >= 1 || module.support(b, a, spec) >= 1) {
          const [x, y] = [find(i), find(j)];
          // The smaller root wins, so the classes never depend on the order of the values.
          if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
        }
      }
    }
    const classes = new Map<number, number[]>();
    values.forEach((_, i) => {
      const root = find(i);
      const members = classes.get(root);
      if (members) members.push(i);
      else classes.set(root, [i]);
    });
    if (classes.size === 1) {
      out.push(whole);
      continue;
    }
    for (const members of classes.values()) {
      const claims = members.flatMap((i) => values[i]!.claims).sort((x, y) => x.index - y.index);
      const resolved = Object.freeze(module.combine(members.map((i) => values[i]!.resolved), members.map((i) => values[i]!.claims.length), spec));
      const value = module.canonical(resolved);
      out.push({ cluster, claims: Object.freeze(claims), resolved, value: Array.isArray(value) ? Object.freeze([...value]) : value });
    }
  }
  return out;
}

function conclude(input: ConsensusInput, lists: readonly List[], solution: TruthSolution): ConsensusPass {
  const { corpus } = input;
  const ids = corpus.sources.map((s) => s.id);
  const trust = new Map<string, number>();
  solution.sources.forEach((s, i) => {
    if (s.estimated) trust.set(ids[i]!, estimate(s.trust));
  });
  const copying = solution.dependences.filter((d) => !d.known);
  const sources = new Map<string, { trust?: number; dependsOn?: SourceDependence[] }>();
  ids.forEach((id, i) => {
    const dependsOn = copying
      .filter((d) => d.copier === i)
      .map((d) => ({ source: ids[d.original]!, probability: estimate(d.probability) }))
      .sort((a, b) => b.probability - a.probability || ids.indexOf(a.source) - ids.indexOf(b.source));
    const t = trust.get(id);
    if (t !== undefined || dependsOn.length > 0) sources.set(id, { ...(t !== undefined && { trust: t }), ...(dependsOn.length > 0 && { dependsOn }) });
  });
  // Sources counted once as findings count them: republishing, copied quotes and this copying, by one rule.
  const copyingPairs: CopyingPair[] = copying.map((d) => ({ copier: ids[d.copier]!, original: ids[d.original]!, probability: estimate(d.probability) }));
  const independence = input.independence.withCopying(copyingPairs);
  const entries: ConsensusEntry[] = [];
  const byList = new WeakMap<readonly ResolvedClaim[], Consensus>();
  lists.forEach(({ group, claims, candidates }, i) => {
    const item = solution.items[i]!;
    if (item.best < 0) return;
    const asOf = group.spec.changesOverTime ? timeOf(claims) : undefined;
    const module = moduleFor(group.spec.type);
    const entryOf = (v: number): ConsensusEntry => {
      const candidate = candidates[v]!;
      const label = module.label(candidate.resolved);
      return {
        subject: group.subject,
        predicate: group.predicate,
        value: candidate.value,
        ...(label !== (Array.isArray(candidate.value) ? candidate.value.join("; ") : String(candidate.value)) && { label }),
        confidence: round(item.probabilities[v]!),
        claims: candidate.claims.map((c) => c.claim.id),
        independentSources: independence.of(candidate.claims).count,
        ...(asOf !== undefined && { asOf }),
      };
    };
    if (group.spec.cardinality === "many") {
      candidates.forEach((_, v) => {
        if (item.probabilities[v]! >= 0.5) entries.push(entryOf(v));
      });
      return;
    }
    // A tie names no most likely value: picking one would be a verdict the evidence does not give.
    if (item.tied) return;
    const entry = entryOf(item.best);
    entries.push(entry);
    const copies = new Map<string, string>();
    for (const d of item.discounted) if (d.weight < 1) copies.set(ids[d.source]!, ids[d.copyOf]!);
    const local = new Map<string, number>();
    for (const c of claims) {
      const t = trust.get(c.source.id);
      if (t !== undefined) local.set(c.source.id, t);
    }
    byList.set(claims, Object.freeze({ entry, cluster: candidates[item.best]!.cluster, trust: local, copies }));
  });
  return { entries: sortEntries(entries, corpus), sources, copying: copyingPairs, of: (claims) => byList.get(claims) };
}

/** When the claims of a slice held: an ISO partial date or `start/end`. */
function timeOf(claims: readonly ResolvedClaim[]): string | undefined {
  let start: ResolvedClaim["asOf"];
  let end: ResolvedClaim["asOf"];
  for (const c of claims) {
    if (!c.asOf) continue;
    if (!start || c.asOf.startDay < start.startDay) start = c.asOf;
    if (!end || c.asOf.endDay > end.endDay) end = c.asOf;
  }
  if (!start || !end) return undefined;
  if (start === end) return start.value ?? `${start.start}/${start.end}`;
  return `${start.start}/${end.end}`;
}

/** Report order: subjects, then predicates, in order of first appearance; slices by time. */
function sortEntries(entries: ConsensusEntry[], corpus: Corpus): ConsensusEntry[] {
  const subjects = new Map<string, number>();
  const predicates = new Map<string, number>();
  for (const c of corpus.claims) {
    if (!subjects.has(c.subject)) subjects.set(c.subject, subjects.size);
    if (!predicates.has(c.predicate)) predicates.set(c.predicate, predicates.size);
  }
  // Array#sort is stable: entries of one group keep the order of its slices and values.
  return entries.sort((a, b) => subjects.get(a.subject)! - subjects.get(b.subject)! || predicates.get(a.predicate)! - predicates.get(b.predicate)!);
}
