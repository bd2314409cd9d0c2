/**
 * Truth discovery: which value of each item is most likely true, how far each
 * source can be trusted, and which sources copy one another — estimated
 * together, each from the others, until they stop changing (Accu and
 * AccuCopy, Dong, Berti-Équille and Srivastava, VLDB 2009, with AccuSim's
 * partial support; each setting's reason is given where `TruthOptions` declares it).
 *
 * One iteration:
 * 1. votes — a source of trust A votes τ = ln(n·A / (1 − A)) for its value
 *    (n: how many wrong values a wrong source picks among), divided among the
 *    sources it appears to copy that state the same value (a clique of k copies
 *    counts once in all); values lend part of their votes to the values they
 *    support (14:06 to 14:07); a value's probability is its share of
 *    exp(votes) among the stated values and the n + 1 − k unstated ones, so a
 *    lone source of trust A gets exactly A;
 * 2. trust — how right a source's values are on average (a near value, such as
 *    a time a minute off, counted in part: credit.ts), drawn towards the prior
 *    by `priorWeight` items' worth, so three right answers give 0.88, not 0.99;
 * 3. copying — for every two sources that share items, the probability that
 *    one copies the other, from the values they share (and the wording they
 *    share it in, where claims say) and how often they differ (copying.ts).
 *
 * The solution reports each probability allowing for an error every source
 * repeats from one upstream (`sharedError`): never 1.
 *
 * Cost per iteration: linear in claims (votes, trust), plus the watched pairs
 * (copying), at most `maxPairSources`² / 2 per item. Every sum is taken on a
 * fixed-point grid, so the result is bit-identical for the same input and the
 * same up to renumbering for a permuted one (exact ties aside).
 */
import { clamp, copyEvidence, copyScratch, dependence, emptyEvidence, type CopyEvidence, type CopyModel, type CopyScratch } from "./copying.js";
import { credits } from "./credit.js";
import { fixed } from "./fixed-point.js";
import { countClaims, prepare, type Prepared, type PreparedItem } from "./prepare.js";
import type { DiscountedClaim, ItemTruth, SourceDependence, SourceTrust, TruthOptions, TruthProblem, TruthSolution } from "./types.js";

/**
 * The design's settings (`TruthOptions` says why each is what it is).
 *
 * @example
 * discoverTruth(problem, { ...TRUTH_DEFAULTS, minEvidence: 20 });
 */
export const TRUTH_DEFAULTS: Readonly<Required<TruthOptions>> = Object.freeze({
  priorTrust: 0.7,
  priorWeight: 2,
  falseValues: 3,
  copyRate: 0.8,
  formKept: 0.8,
  copyPrior: 0.1,
  minShared: 4,
  minEvidence: 10,
  reportDependence: 0.5,
  sharedError: 0.02,
  maxPairSources: 64,
  maxIterations: 50,
  tolerance: 1e-4,
});

/**
 * Values whose probabilities differ by no more than this share are tied: the
 * sums are exact on their fixed-point grid, so only the last rounding of a
 * division separates equal evidence.
 */
const TIE = 1e-9;

/** Omitting a value is weaker evidence against it than stating another one is (many-valued items). */
const OMISSION_WEIGHT = 0.5;


/**
 * Estimate the most likely value of every item, each source's trust and the
 * dependences between sources. Pure and deterministic; never throws on data
 * (out-of-range numbers are a programmer's error and throw a `RangeError`).
 *
 * @example
 * ```ts
 * // Two sources agree on value 0 of one item, a third says 1.
 * const solution = discoverTruth({
 *   sourceCount: 3,
 *   items: [{ valueCount: 2, claims: [{ source: 0, value: 0 }, { source: 1, value: 0 }, { source: 2, value: 1 }] }],
 * });
 * solution.items[0].best;        // 0
 * solution.items[0].confidence;  // ≈ 0.85: two sources of unknown trust against one
 * solution.sources[0].estimated; // false: one item is not enough to judge a source
 * ```
 */
export function discoverTruth(problem: TruthProblem, options: TruthOptions = {}): TruthSolution {
  return discoverTruthInShards([problem], options)[0]!;
}

/**
 * The same estimate over a problem whose items are split into shards (the
 * partitions of a corpus, one per machine), one solution per shard: its own
 * items, and the sources' trust and dependences, which are the whole
 * problem's. Bit for bit what {@link discoverTruth} gives on all the items
 * at once, in whatever shards and order they come.
 *
 * Each round is a map over the shards and a reduce of what they return,
 * twice: every shard assesses its items with the current trust and
 * dependences and returns two sums per source (how right its values are, how
 * many it states); the sums give the new trust; every shard then weighs
 * copying on its items and returns, per pair of sources it watches, four sums;
 * those give the new dependences. Nothing else crosses between shards, so a
 * distributed engine can run the shards where their data lives and only the
 * sums travel — sums on a fixed-point grid, whose total is exact in any order.
 * Before the rounds, the shards exchange how many items each source states
 * (the most prolific sources of an item are the ones watched for copying).
 *
 * All shards must have the same `sourceCount` and `knownDependences`.
 *
 * @example
 * ```ts
 * const [north, south] = discoverTruthInShards([{ sourceCount: 3, items: northItems }, { sourceCount: 3, items: southItems }]);
 * north.sources[0].trust === discoverTruth({ sourceCount: 3, items: [...northItems, ...southItems] }).sources[0].trust; // true
 * ```
 */
export function discoverTruthInShards(problems: readonly TruthProblem[], options: TruthOptions = {}): TruthSolution[] {
  if (problems.length === 0) return [];
  const settings: Required<TruthOptions> = { ...TRUTH_DEFAULTS, ...definedOnly(options) };
  const sourceCount = problems[0]!.sourceCount;
  const knownOf = (p: TruthProblem) => JSON.stringify((p.knownDependences ?? []).map((d) => [d.copier, d.original]).sort((x, y) => x[0]! - y[0]! || x[1]! - y[1]!));
  const known = knownOf(problems[0]!);
  for (const problem of problems) {
    if (problem.sourceCount !== sourceCount) throw new RangeError(`every shard numbers the same sources: ${problem.sourceCount} is not ${sourceCount}`);
    if (knownOf(problem) !== known) throw new RangeError("every shard declares the same known dependences (they are the corpus's, not a partition's)");
  }
  // The census: items per source across every shard (each shard's claims read once, for it and for prepare).
  const counted = problems.map(countClaims);
  const itemsOfSource = new Int32Array(sourceCount);
  for (const mine of counted) for (let s = 0; s < sourceCount; s++) itemsOfSource[s] = itemsOfSource[s]! + mine.itemsOfSource[s]!;
  const global = globalState(sourceCount, settings);
  const shards = problems.map((problem, i) => openShard(prepare(problem, settings, counted[i], itemsOfSource), global));
  const pairs = pairTable(shards, sourceCount);
  // Before any evidence, every shard starts from the declared dependences the pair table holds.
  for (const shard of shards) receiveDependence(shard, pairs);
  const model = { copyRate: settings.copyRate, prior: settings.copyPrior, falseValues: settings.falseValues, formKept: settings.formKept };
  let iterations = 0;
  let converged = shards.every((shard) => shard.prepared.items.length === 0);
  while (!converged && iterations < settings.maxIterations) {
    iterations++;
    // Map: each shard's sums per source; reduce: trust.
    const trustMoved = reduceTrust(global, shards.map((shard) => shardTrustSums(shard, settings)), settings);
    // Copying is judged on probabilities that ignore copying: judged on its own
    // discounts, agreement would look more and more like copying, every source
    // would end up a copy of every other and no value would be believed.
    // Map: each shard's evidence per watched pair; reduce: dependences, sent back to every shard.
    const copyMoved = reduceDependence(pairs, shards.map((shard) => shardCopyEvidence(shard, model, settings)), settings);
    for (const shard of shards) receiveDependence(shard, pairs);
    converged = Math.max(trustMoved, copyMoved) <= settings.tolerance;
  }
  return finish(shards, pairs, global, itemsOfSource, settings, iterations, converged);
}

/** The state every shard shares: per source, trust and the sums it is learned from. */
interface GlobalState {
  /** Trust per source. */
  readonly trust: Float64Array;
  /** Per source: the sum of the probabilities of its values, and how many values that is (shares), as of the last trust update. */
  readonly right: Float64Array;
  readonly stated: Float64Array;
}

function globalState(sourceCount: number, settings: Required<TruthOptions>): GlobalState {
  // Before any evidence: trust at the prior.
  return { trust: new Float64Array(sourceCount).fill(settings.priorTrust), right: new Float64Array(sourceCount), stated: new Float64Array(sourceCount) };
}

/** A shard: its prepared items, its working state, and where its results go. */
interface Shard {
  readonly prepared: Prepared;
  readonly state: State;
  readonly scratch: Scratch;
  /** Every item's probabilities in one array (item i's values from offsets[i]), written over each round. */
  readonly offsets: Int32Array;
  readonly probabilities: Float64Array;
  readonly independent: Float64Array;
  /** Items with a pair of sources to weigh: only they say anything about copying, and only they are assessed again. */
  readonly weighsCopying: Uint8Array;
  /** This shard's copy evidence, per watched pair, written over each round. */
  readonly copies: CopyEvidence;
  /** Per watched pair of this shard: its number in the pair table of the whole problem. */
  globalPair: Int32Array;
}

function openShard(prepared: Prepared, global: GlobalState): Shard {
  // Every item's probabilities in one array, written over at each round: a million small arrays a round
  // would keep the collector marking a large heap again and again.
  const offsets = new Int32Array(prepared.items.length);
  let total = 0;
  prepared.items.forEach((item, i) => {
    offsets[i] = total;
    total += item.valueCount;
  });
  return {
    prepared,
    state: initialState(prepared, global),
    scratch: scratchFor(prepared),
    offsets,
    probabilities: new Float64Array(total),
    independent: new Float64Array(total),
    weighsCopying: Uint8Array.from(prepared.items, (item) => (item.pairs.length === 0 || item.many ? 0 : 1)),
    copies: emptyEvidence(prepared.pairFirst.length),
    globalPair: new Int32Array(0),
  };
}

/** The watched pairs of the whole problem: each shard's, numbered once, with the evidence summed over every shard. */
interface PairTable {
  readonly first: Int32Array;
  readonly second: Int32Array;
  readonly known: Uint8Array;
  readonly dependence: Float64Array;
  readonly secondCopies: Float64Array;
  /** The evidence of the last round, summed over every shard. */
  readonly evidence: CopyEvidence;
}

function pairTable(shards: readonly Shard[], sourceCount: number): PairTable {
  const index = new Map<number, number>();
  const first: number[] = [];
  const second: number[] = [];
  const known: number[] = [];
  for (const shard of shards) {
    const { pairFirst, pairSecond, pairKnown } = shard.prepared;
    shard.globalPair = Int32Array.from(pairFirst, (a, p) => {
      const key = a * sourceCount + pairSecond[p]!;
      let id = index.get(key);
      if (id === undefined) {
        id = first.length;
        index.set(key, id);
        first.push(a);
        second.push(pairSecond[p]!);
        known.push(pairKnown[p]!);
      }
      return id;
    });
  }
  const dependence = new Float64Array(first.length);
  const secondCopies = new Float64Array(first.length);
  // Before any evidence: only the declared dependences.
  known.forEach((k, p) => {
    if (k === 1) [dependence[p], secondCopies[p]] = [1, 0.5];
  });
  return { first: Int32Array.from(first), second: Int32Array.from(second), known: Uint8Array.from(known), dependence, secondCopies, evidence: emptyEvidence(first.length) };
}

/** Map, first half of a round: assess a shard's items and return its sums per source. */
function shardTrustSums(shard: Shard, settings: Required<TruthOptions>): { readonly right: Float64Array; readonly stated: Float64Array } {
  const { prepared, state, scratch, probabilities, offsets } = shard;
  prepared.items.forEach((item, i) => assess(item, i, state, settings, scratch, probabilities, offsets[i]!));
  const right = new Float64Array(prepared.sourceCount);
  const stated = new Float64Array(prepared.sourceCount);
  prepared.items.forEach((item, i) => {
    const credit = credits(item, probabilities, offsets[i]!, scratch.credit);
    const own = state.contributions[i]!;
    for (let c = 0; c < item.source.length; c++) {
      const s = item.source[c]!;
      own[c] = fixed(item.share[c]! * credit[item.value[c]!]!);
      right[s] = right[s]! + own[c]!;
      stated[s] = stated[s]! + fixed(item.share[c]!);
    }
  });
  return { right, stated };
}

/** Reduce: trust from every shard's sums (exact in any order: fixed-point). Returns the largest change. */
function reduceTrust(global: GlobalState, sums: readonly { readonly right: Float64Array; readonly stated: Float64Array }[], settings: Required<TruthOptions>): number {
  const { right, stated, trust } = global;
  right.fill(0);
  stated.fill(0);
  for (const part of sums) {
    for (let s = 0; s < right.length; s++) {
      right[s] = right[s]! + part.right[s]!;
      stated[s] = stated[s]! + part.stated[s]!;
    }
  }
  let moved = 0;
  for (let s = 0; s < trust.length; s++) {
    const t = smoothed(right[s]!, stated[s]!, settings);
    moved = Math.max(moved, Math.abs(t - trust[s]!));
    trust[s] = t;
  }
  return moved;
}

/** Map, second half of a round: a shard's evidence of copying, per watched pair, judged with the new trust. */
function shardCopyEvidence(shard: Shard, model: CopyModel, settings: Required<TruthOptions>): { readonly pairs: Int32Array; readonly evidence: CopyEvidence } {
  const { prepared, state, scratch, independent, offsets, weighsCopying } = shard;
  prepared.items.forEach((item, i) => {
    if (weighsCopying[i] === 1) assess(item, i, state, settings, scratch, independent, offsets[i]!, false);
  });
  return { pairs: shard.globalPair, evidence: copyEvidence(prepared, { values: independent, offsets, assessed: weighsCopying }, state.trust, model, shard.copies, scratch) };
}
/** What the iterations refine, as one shard sees it. */
interface State {
  /** Trust per source (the whole problem's: every shard reads the same). */
  readonly trust: Float64Array;
  /** Per source: the sum of the probabilities of its values, and how many values that is (shares), over the whole problem, as of the last trust update. */
  readonly right: Float64Array;
  readonly stated: Float64Array;
  /** Per item and claim: what the claim added to its source's `right`, so an item can be judged on its source's other items. */
  readonly contributions: readonly Float64Array[];
  /** Per watched pair of the shard: the probability that one copies the other. */
  readonly dependence: Float64Array;
  /** Per watched pair of the shard: the probability that the second (higher-numbered) source copies the first. */
  readonly secondCopies: Float64Array;
}

function initialState(prepared: Prepared, global: GlobalState): State {
  // The pairs' dependences come from the pair table (receiveDependence), declared ones first.
  return {
    trust: global.trust,
    right: global.right,
    stated: global.stated,
    contributions: prepared.items.map((item) => new Float64Array(item.source.length)),
    dependence: new Float64Array(prepared.pairFirst.length),
    secondCopies: new Float64Array(prepared.pairFirst.length),
  };
}

/** Working arrays for {@link assess}, trust and copy evidence, allocated once per run and reused item after item. */
interface Scratch extends CopyScratch {
  readonly dependsOn: Float64Array;
  readonly weights: Float64Array;
  readonly votes: Float64Array;
  readonly supported: Float64Array;
  readonly terms: Float64Array;
}

function scratchFor(prepared: Prepared): Scratch {
  let claims = 0;
  let values = 0;
  for (const item of prepared.items) {
    claims = Math.max(claims, item.source.length);
    values = Math.max(values, item.valueCount);
  }
  return {
    dependsOn: new Float64Array(claims),
    weights: new Float64Array(claims),
    votes: new Float64Array(values),
    supported: new Float64Array(values),
    terms: new Float64Array(values),
    ...copyScratch(claims, values),
  };
}

/**
 * Step 1 for one item: the probability of each value, from the current trust
 * and (unless told not to) dependences, written into `out` from `at`. Each
 * source's trust here is learned from its other items only: judged on the item
 * itself, two sources against one would earn trust from that very item and
 * then use it to win it again. Returns each claim's weight after the copy
 * discount (in `weights` when given, else in scratch space the next call reuses).
 */
function assess(
  item: PreparedItem,
  index: number,
  state: State,
  settings: Required<TruthOptions>,
  scratch: Scratch,
  out: Float64Array,
  at: number,
  discount = true,
  weights: Float64Array = scratch.weights,
): Float64Array {
  const own = state.contributions[index]!;
  const k = item.valueCount;
  const n = item.falseValues;
  const claimCount = item.source.length;
  out.fill(0, at, at + k);
  if (claimCount === 0) return weights;

  // How much each claim depends on the others that state the same value.
  const dependsOn = scratch.dependsOn;
  dependsOn.fill(0, 0, claimCount);
  if (discount) {
    for (let i = 0; i < item.same.length; i++) {
      const x = item.same[i]!;
      const d = fixed(state.dependence[item.pairs[x]!]!);
      const a = item.left[x]!;
      const b = item.right[x]!;
      dependsOn[a] = dependsOn[a]! + d;
      dependsOn[b] = dependsOn[b]! + d;
    }
  }
  // What each source's claims here added to its trust, to be set aside (all of them, if it states several values).
  const here = item.split ? new Map<number, { right: number; stated: number }>() : undefined;
  if (here) {
    for (let c = 0; c < claimCount; c++) {
      const mine = here.get(item.source[c]!);
      if (mine) {
        mine.right += own[c]!;
        mine.stated += fixed(item.share[c]!);
      } else here.set(item.source[c]!, { right: own[c]!, stated: fixed(item.share[c]!) });
    }
  }
  const votes = scratch.votes;
  votes.fill(0, 0, k);
  const perSource = item.many ? new Map<number, number>() : undefined; // many-valued items: each source's whole vote
  for (let c = 0; c < claimCount; c++) {
    const source = item.source[c]!;
    const mine = here?.get(source);
    // Before the first trust update nothing has been added, so nothing is set aside.
    const setAside = state.stated[source]! > 0 ? (mine?.stated ?? fixed(item.share[c]!)) : 0;
    const a = clamp(smoothed(state.right[source]! - (mine?.right ?? own[c]!), state.stated[source]! - setAside, settings));
    const tau = Math.max(0, Math.log((n * a) / (1 - a)));
    weights[c] = item.share[c]! / (1 + dependsOn[c]!);
    const v = item.value[c]!;
    votes[v] = votes[v]! + fixed(weights[c]! * tau);
    perSource?.set(source, fixed(tau));
  }
  const supported = spread(votes, item.support, k, scratch.supported);

  if (perSource) {
    // Each value on its own: its votes against n wrong alternatives and the silence of the sources that did not list it.
    let all = 0;
    for (const v of perSource.values()) all += v;
    const listed = new Float64Array(k);
    for (let c = 0; c < claimCount; c++) listed[item.value[c]!] = listed[item.value[c]!]! + perSource.get(item.source[c]!)!;
    for (let v = 0; v < k; v++) {
      const against = OMISSION_WEIGHT * (all - listed[v]!) + Math.log(n);
      out[at + v] = 1 / (1 + Math.exp(against - supported[v]!));
    }
    return weights;
  }

  let top = 0;
  for (let v = 0; v < k; v++) top = Math.max(top, supported[v]!);
  // The unstated values each weigh exp(0): a wrong source could have picked any of them.
  let total = fixed(Math.max(0, n + 1 - k) * Math.exp(-top));
  const terms = scratch.terms;
  for (let v = 0; v < k; v++) {
    terms[v] = Math.exp(supported[v]! - top);
    total += fixed(terms[v]!);
  }
  for (let v = 0; v < k; v++) out[at + v] = terms[v]! / total;
  return weights;
}

/** Votes after each value lends its support: `supported[w] = Σ_v support[v → w] · votes[v]` (into `out`). */
function spread(votes: Float64Array, support: Float64Array | undefined, k: number, out: Float64Array): Float64Array {
  if (support === undefined) return votes;
  for (let w = 0; w < k; w++) {
    let sum = 0;
    for (let v = 0; v < k; v++) if (votes[v] !== 0) sum += fixed(support[v * k + w]! * votes[v]!);
    out[w] = sum;
  }
  return out;
}

/** A trust from `right` out of `stated` values, drawn towards the prior by `priorWeight` values' worth (the prior itself without any). */
function smoothed(right: number, stated: number, settings: Required<TruthOptions>): number {
  const weight = settings.priorWeight + stated;
  return weight > 0 ? (settings.priorWeight * settings.priorTrust + right) / weight : settings.priorTrust;
}

/**
 * Reduce, second half of a round: every shard's evidence summed per pair of
 * sources (exact in any order: fixed-point and counts), then each pair's
 * dependence. Returns the largest change.
 */
function reduceDependence(pairs: PairTable, parts: readonly { readonly pairs: Int32Array; readonly evidence: CopyEvidence }[], settings: Required<TruthOptions>): number {
  const evidence = pairs.evidence;
  evidence.secondCopies.fill(0);
  evidence.firstCopies.fill(0);
  evidence.shared.fill(0);
  evidence.sharedFalse.fill(0);
  for (const part of parts) {
    for (let p = 0; p < part.pairs.length; p++) {
      const g = part.pairs[p]!;
      evidence.secondCopies[g] = evidence.secondCopies[g]! + part.evidence.secondCopies[p]!;
      evidence.firstCopies[g] = evidence.firstCopies[g]! + part.evidence.firstCopies[p]!;
      evidence.shared[g] = evidence.shared[g]! + part.evidence.shared[p]!;
      evidence.sharedFalse[g] = evidence.sharedFalse[g]! + part.evidence.sharedFalse[p]!;
    }
  }
  let moved = 0;
  for (let p = 0; p < pairs.first.length; p++) {
    let either = 0;
    let second = 0;
    if (pairs.known[p] === 1) [either, second] = [1, 0.5];
    else if (evidence.shared[p]! >= settings.minShared) [either, second] = dependence(evidence.secondCopies[p]!, evidence.firstCopies[p]!, settings.copyPrior);
    moved = Math.max(moved, Math.abs(either - pairs.dependence[p]!));
    pairs.dependence[p] = either;
    pairs.secondCopies[p] = second;
  }
  return moved;
}

/** The new dependences, sent back to a shard for the pairs it watches. */
function receiveDependence(shard: Shard, pairs: PairTable): void {
  const { dependence, secondCopies } = shard.state;
  for (let p = 0; p < shard.globalPair.length; p++) {
    dependence[p] = pairs.dependence[shard.globalPair[p]!]!;
    secondCopies[p] = pairs.secondCopies[shard.globalPair[p]!]!;
  }
}

/** The final assessment, with what explains it: each shard's items, and the sources and dependences of the whole. */
function finish(
  shards: readonly Shard[],
  pairs: PairTable,
  global: GlobalState,
  itemsOfSource: Int32Array,
  settings: Required<TruthOptions>,
  iterations: number,
  converged: boolean,
): TruthSolution[] {
  const threshold = settings.reportDependence;
  // Map: each shard's items, and how many of them check each source against another; reduce: the counts.
  const evidence = new Int32Array(global.trust.length);
  const items = shards.map(({ prepared, state, scratch }) =>
    Object.freeze(
      prepared.items.map((item, i): ItemTruth => {
        const probabilities = new Float64Array(item.valueCount);
        const weights = assess(item, i, state, settings, scratch, probabilities, 0, true, new Float64Array(item.source.length));
        // What agreement cannot rule out: an error all the sources repeat from one upstream.
        for (let v = 0; v < probabilities.length; v++) probabilities[v] = probabilities[v]! * (1 - settings.sharedError);
        let best = -1;
        if (item.source.length > 0) for (let v = 0; v < item.valueCount; v++) if (best === -1 || probabilities[v]! > probabilities[best]!) best = v;
        let tied = false;
        for (let v = 0; v < item.valueCount && best !== -1; v++) if (v !== best && probabilities[best]! - probabilities[v]! <= TIE * probabilities[best]!) tied = true;
        countEvidence(item, state, threshold, evidence);
        return Object.freeze({
          probabilities,
          best,
          tied,
          confidence: best === -1 ? 0 : probabilities[best]!,
          independent: independentGroups(item, state, threshold),
          discounted: Object.freeze(discounted(item, state, weights)),
        });
      }),
    ),
  );
  const sources = Object.freeze(
    Array.from({ length: global.trust.length }, (_, s): SourceTrust =>
      Object.freeze({ trust: global.trust[s]!, estimated: evidence[s]! >= settings.minEvidence, evidence: evidence[s]!, items: itemsOfSource[s]! }),
    ),
  );
  const found = Object.freeze(dependences(pairs, itemsOfSource, threshold));
  return items.map((shardItems) => Object.freeze({ sources, items: shardItems, dependences: found, iterations, converged }));
}

/** Items where a source is checked against another source that does not copy it (or that it does not copy). */
function countEvidence(item: PreparedItem, state: State, threshold: number, evidence: Int32Array): void {
  const sources = [...new Set(item.source)];
  if (sources.length < 2) return;
  const copies = new Map<number, Set<number>>();
  for (let x = 0; x < item.pairs.length; x++) {
    if (state.dependence[item.pairs[x]!]! < threshold) continue;
    const a = item.source[item.left[x]!]!;
    const b = item.source[item.right[x]!]!;
    for (const [self, other] of [[a, b], [b, a]] as const) {
      const set = copies.get(self);
      if (set) set.add(other);
      else copies.set(self, new Set([other]));
    }
  }
  for (const s of sources) if (sources.length - 1 - (copies.get(s)?.size ?? 0) > 0) evidence[s] = evidence[s]! + 1;
}

/** Per value, its sources once those that depend on one another are merged. */
function independentGroups(item: PreparedItem, state: State, threshold: number): Int32Array {
  const groups = new Int32Array(item.valueCount);
  const parent = new Map<number, number>(); // claims of one value and source are one node: key value·2³¹ + source
  const node = (c: number) => item.value[c]! * 2 ** 31 + item.source[c]!;
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    return root;
  };
  for (let c = 0; c < item.source.length; c++) {
    if (parent.has(node(c))) continue;
    parent.set(node(c), node(c));
    groups[item.value[c]!] = groups[item.value[c]!]! + 1;
  }
  for (let x = 0; x < item.pairs.length; x++) {
    const a = item.left[x]!;
    const b = item.right[x]!;
    if (item.value[a] !== item.value[b] || state.dependence[item.pairs[x]!]! < threshold) continue;
    const ra = find(node(a));
    const rb = find(node(b));
    if (ra === rb) continue;
    // The smaller root wins, so the result never depends on the order of the pairs.
    parent.set(Math.max(ra, rb), Math.min(ra, rb));
    groups[item.value[a]!] = groups[item.value[a]!]! - 1;
  }
  return groups;
}

/** Claims counted less than their share, each with the co-stating source it most depends on. */
function discounted(item: PreparedItem, state: State, weights: Float64Array): DiscountedClaim[] {
  const strongest = new Map<number, { d: number; source: number }>();
  for (let x = 0; x < item.pairs.length; x++) {
    const a = item.left[x]!;
    const b = item.right[x]!;
    if (item.value[a] !== item.value[b]) continue;
    const d = state.dependence[item.pairs[x]!]!;
    if (d <= 0) continue;
    for (const [self, other] of [[a, b], [b, a]] as const) {
      const seen = strongest.get(self);
      const source = item.source[other]!;
      if (seen === undefined || d > seen.d || (d === seen.d && source < seen.source)) strongest.set(self, { d, source });
    }
  }
  const out: DiscountedClaim[] = [];
  for (let c = 0; c < item.source.length; c++) {
    const strong = strongest.get(c);
    if (strong === undefined || weights[c]! >= item.share[c]! * (1 - 1e-9)) continue;
    out.push(Object.freeze({ source: item.source[c]!, value: item.value[c]!, weight: weights[c]!, copyOf: strong.source }));
  }
  return out;
}

/** Source pairs whose dependence reaches the report threshold, the likelier copier first, most likely first. */
function dependences(pairs: PairTable, itemsOfSource: Int32Array, threshold: number): SourceDependence[] {
  const out: SourceDependence[] = [];
  for (let p = 0; p < pairs.first.length; p++) {
    const probability = pairs.dependence[p]!;
    if (probability < threshold) continue;
    const a = pairs.first[p]!;
    const b = pairs.second[p]!;
    const second = pairs.secondCopies[p]!;
    const shared = pairs.evidence.shared[p]!;
    const sharedFalse = pairs.evidence.sharedFalse[p]!;
    const known = pairs.known[p] === 1;
    // The direction the likelihoods favour; when they cannot tell (exact copies), the source with fewer items copies.
    const half = probability / 2;
    const bCopies = Math.abs(second - half) > 1e-9 ? second > half : itemsOfSource[a] !== itemsOfSource[b] ? itemsOfSource[b]! < itemsOfSource[a]! : true;
    out.push(Object.freeze({ copier: bCopies ? b : a, original: bCopies ? a : b, probability, shared, sharedFalse, known }));
  }
  return out.sort((x, y) => y.probability - x.probability || x.copier - y.copier || x.original - y.original);
}

function definedOnly(options: TruthOptions): TruthOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as TruthOptions;
}
