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
import { clamp, copyEvidence, copyScratch, dependence, emptyEvidence, type CopyEvidence, type CopyScratch } from "./copying.js";
import { credits } from "./credit.js";
import { fixed } from "./fixed-point.js";
import { prepare, type Prepared, type PreparedItem } from "./prepare.js";
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
  const settings: Required<TruthOptions> = { ...TRUTH_DEFAULTS, ...definedOnly(options) };
  const prepared = prepare(problem, settings);
  const state = initialState(prepared, settings);
  const scratch = scratchFor(prepared);
  const model = { copyRate: settings.copyRate, prior: settings.copyPrior, falseValues: settings.falseValues, formKept: settings.formKept };
  let iterations = 0;
  let converged = prepared.items.length === 0;
  let evidence: CopyEvidence | undefined;
  // Every item's probabilities in one array (item i's values from offsets[i]), written over at each
  // iteration: a million small arrays a round would keep the collector marking a large heap again and again.
  const { offsets, total } = valueOffsets(prepared);
  const probabilities = new Float64Array(total);
  const independent = new Float64Array(total);
  // Only items with a pair of sources to weigh say anything about copying: the others are not assessed again.
  const weighsCopying = Uint8Array.from(prepared.items, (item) => (item.pairs.length === 0 || item.many ? 0 : 1));
  const copies = emptyEvidence(prepared);
  while (!converged && iterations < settings.maxIterations) {
    iterations++;
    prepared.items.forEach((item, i) => assess(item, i, state, settings, scratch, probabilities, offsets[i]!));
    const trustMoved = updateTrust(prepared, state, probabilities, offsets, settings, scratch);
    // Copying is judged on probabilities that ignore copying: judged on its own
    // discounts, agreement would look more and more like copying, every source
    // would end up a copy of every other and no value would be believed.
    prepared.items.forEach((item, i) => {
      if (weighsCopying[i] === 1) assess(item, i, state, settings, scratch, independent, offsets[i]!, false);
    });
    evidence = copyEvidence(prepared, { values: independent, offsets, assessed: weighsCopying }, state.trust, model, copies, scratch);
    const copyMoved = updateDependence(prepared, state, evidence, settings);
    converged = Math.max(trustMoved, copyMoved) <= settings.tolerance;
  }
  return solution(prepared, state, settings, scratch, evidence ?? copyEvidence(prepared, undefined, state.trust, model, copies, scratch), iterations, converged);
}

/** Where each item's values start in a flat array of all of them, and how many there are in all. */
function valueOffsets(prepared: Prepared): { offsets: Int32Array; total: number } {
  const offsets = new Int32Array(prepared.items.length);
  let total = 0;
  prepared.items.forEach((item, i) => {
    offsets[i] = total;
    total += item.valueCount;
  });
  return { offsets, total };
}

/** What the iterations refine. */
interface State {
  /** Trust per source. */
  readonly trust: Float64Array;
  /** Per source: the sum of the probabilities of its values, and how many values that is (shares), as of the last trust update. */
  readonly right: Float64Array;
  readonly stated: Float64Array;
  /** Per item and claim: what the claim added to its source's `right`, so an item can be judged on its source's other items. */
  readonly contributions: readonly Float64Array[];
  /** Per watched pair: the probability that one copies the other. */
  readonly dependence: Float64Array;
  /** Per watched pair: the probability that the second (higher-numbered) source copies the first. */
  readonly secondCopies: Float64Array;
}

function initialState(prepared: Prepared, settings: Required<TruthOptions>): State {
  // Before any evidence: trust at the prior, only the declared dependences.
  const dependence = new Float64Array(prepared.pairFirst.length);
  const secondCopies = new Float64Array(prepared.pairFirst.length);
  for (let p = 0; p < dependence.length; p++) {
    if (prepared.pairKnown[p] === 1) {
      dependence[p] = 1;
      secondCopies[p] = 0.5;
    }
  }
  return {
    trust: new Float64Array(prepared.sourceCount).fill(settings.priorTrust),
    right: new Float64Array(prepared.sourceCount),
    stated: new Float64Array(prepared.sourceCount),
    contributions: prepared.items.map((item) => new Float64Array(item.source.length)),
    dependence,
    secondCopies,
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

/** Step 2: trust from the probabilities of each source's values (item i's from `offsets[i]`). Returns the largest change. */
function updateTrust(prepared: Prepared, state: State, probabilities: Float64Array, offsets: Int32Array, settings: Required<TruthOptions>, scratch: Scratch): number {
  const { right, stated } = state;
  right.fill(0);
  stated.fill(0);
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
  let moved = 0;
  for (let s = 0; s < prepared.sourceCount; s++) {
    const trust = smoothed(right[s]!, stated[s]!, settings);
    moved = Math.max(moved, Math.abs(trust - state.trust[s]!));
    state.trust[s] = trust;
  }
  return moved;
}

/** A trust from `right` out of `stated` values, drawn towards the prior by `priorWeight` values' worth (the prior itself without any). */
function smoothed(right: number, stated: number, settings: Required<TruthOptions>): number {
  const weight = settings.priorWeight + stated;
  return weight > 0 ? (settings.priorWeight * settings.priorTrust + right) / weight : settings.priorTrust;
}

/** Step 3: each watched pair's dependence from its evidence. Returns the largest change. */
function updateDependence(prepared: Prepared, state: State, evidence: CopyEvidence, settings: Required<TruthOptions>): number {
  let moved = 0;
  for (let p = 0; p < prepared.pairFirst.length; p++) {
    let either = 0;
    let second = 0;
    if (prepared.pairKnown[p] === 1) [either, second] = [1, 0.5];
    else if (evidence.shared[p]! >= settings.minShared) [either, second] = dependence(evidence.secondCopies[p]!, evidence.firstCopies[p]!, settings.copyPrior);
    moved = Math.max(moved, Math.abs(either - state.dependence[p]!));
    state.dependence[p] = either;
    state.secondCopies[p] = second;
  }
  return moved;
}

/** The final assessment, with what explains it. */
function solution(
  prepared: Prepared,
  state: State,
  settings: Required<TruthOptions>,
  scratch: Scratch,
  copies: CopyEvidence,
  iterations: number,
  converged: boolean,
): TruthSolution {
  const threshold = settings.reportDependence;
  const evidence = new Int32Array(prepared.sourceCount);
  const items = prepared.items.map((item, i): ItemTruth => {
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
  });
  const sources = Array.from({ length: prepared.sourceCount }, (_, s): SourceTrust =>
    Object.freeze({ trust: state.trust[s]!, estimated: evidence[s]! >= settings.minEvidence, evidence: evidence[s]!, items: prepared.itemsOfSource[s]! }),
  );
  return Object.freeze({
    sources: Object.freeze(sources),
    items: Object.freeze(items),
    dependences: Object.freeze(dependences(prepared, state, copies, threshold)),
    iterations,
    converged,
  });
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
function dependences(prepared: Prepared, state: State, evidence: CopyEvidence, threshold: number): SourceDependence[] {
  const out: SourceDependence[] = [];
  for (let p = 0; p < prepared.pairFirst.length; p++) {
    const probability = state.dependence[p]!;
    if (probability < threshold) continue;
    const a = prepared.pairFirst[p]!;
    const b = prepared.pairSecond[p]!;
    const second = state.secondCopies[p]!;
    const shared = evidence.shared[p] ?? 0;
    const sharedFalse = evidence.sharedFalse[p] ?? 0;
    const known = prepared.pairKnown[p] === 1;
    // The direction the likelihoods favour; when they cannot tell (exact copies), the source with fewer items copies.
    const half = probability / 2;
    const items = prepared.itemsOfSource;
    const bCopies = Math.abs(second - half) > 1e-9 ? second > half : items[a] !== items[b] ? items[b]! < items[a]! : true;
    out.push(Object.freeze({ copier: bCopies ? b : a, original: bCopies ? a : b, probability, shared, sharedFalse, known }));
  }
  return out.sort((x, y) => y.probability - x.probability || x.copier - y.copier || x.original - y.original);
}

function definedOnly(options: TruthOptions): TruthOptions {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) as TruthOptions;
}
