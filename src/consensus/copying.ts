/**
 * Copy detection between sources (after Dong, Berti-Équille and Srivastava,
 * VLDB 2009), over every item two sources both state.
 *
 * For an item both state, take the chance that the second would state the
 * first one's value v if it were independent:
 *
 *   π = P(v)·max(A, popularity of v) + (1 − P(v))·(1 − A)·ρ(v)
 *
 * — right with its accuracy A when v is true (or at least as often as the
 * other sources of the item are: agreeing with what nearly everyone says is
 * no sign of copying), or wrong in just that way, ρ(v) being how popular v is
 * among the item's other wrong claims (1/n when no one else is wrong). A
 * copier copies most values (`copyRate` c), so a shared value weighs
 * ln((c + (1 − c)·π) / π) for copying and a difference ln(1 − c) against:
 * sharing a value everybody states says nothing, sharing a rare or false one
 * says a lot, and every difference says the two are not copies.
 *
 * Where claims say how they were worded (`form`), the wording is evidence
 * too: a copier keeps the original's wording most of the time (`formKept` f),
 * an independent source writes the value in the same words only as often as
 * the item's other sources do (φ, the share of that wording among them). A
 * value shared in the same words weighs
 * ln((c·(f + (1 − f)·φ) + (1 − c)·π·φ) / (π·φ)) — much when the wording is
 * rare, as little as the value alone when everybody writes it so; a value
 * shared in other words weighs ln((c·(1 − f) + (1 − c)·π) / π), which is
 * against copying when the value is likely true. Two accurate sites that
 * state the same true times, each in its own layout, are two confirmations;
 * four sites that repeat one feed's times in its very layout are one.
 *
 * Both directions are weighed (a copier shares the original's values with
 * the copier's own accuracy when it does not copy) and summed over all the
 * items the two share, then set against the prior. Judged over the whole
 * record rather than per kind of item, every pair has more evidence, and a
 * kind of item where the sources split between two conventions (take-off or
 * gate departure) cannot make accurate sources look like copies on its own.
 */
import { fixed } from "./fixed-point.js";
import { credits } from "./credit.js";
import type { Prepared } from "./prepare.js";

/** The model's settings. */
export interface CopyModel {
  /** How often a copier copies rather than states its own value (0–1, exclusive). */
  readonly copyRate: number;
  /** Prior probability that two sources depend on one another. */
  readonly prior: number;
  /** How many wrong values a wrong source picks among: two wrong sources agree by chance once in n. */
  readonly falseValues: number;
  /** How often a copier keeps the wording of what it copies (0–1), where claims say how they were worded. */
  readonly formKept: number;
}

/** What the shared items of every watched pair say, per pair. */
export interface CopyEvidence {
  /** Log-likelihood ratio of "the second copies the first" to independence. */
  readonly secondCopies: Float64Array;
  /** Log-likelihood ratio of "the first copies the second" to independence. */
  readonly firstCopies: Float64Array;
  /** Items both state a value of. */
  readonly shared: Int32Array;
  /** Shared values weighted by the probability that they are false: the evidence a reader can follow. */
  readonly sharedFalse: Float64Array;
}

/** Every item's value probabilities in one array: item i's from `offsets[i]`, for the items marked `assessed`. */
export interface FlatProbabilities {
  readonly values: Float64Array;
  readonly offsets: Int32Array;
  readonly assessed: Uint8Array;
}

/** Working arrays for {@link copyEvidence}, sized for the largest item and reused item after item. */
export interface CopyScratch {
  readonly credit: Float64Array;
  readonly stating: Float64Array;
  readonly perValue: Int32Array;
  readonly weight: Float64Array;
  readonly sameWords: Float64Array;
  readonly otherWords: Float64Array;
}

/**
 * Working arrays for items of at most `claims` claims and `values` values.
 *
 * @example
 * copyScratch(64, 8).weight.length; // 64
 * @internal
 */
export function copyScratch(claims: number, values: number): CopyScratch {
  return {
    credit: new Float64Array(values),
    stating: new Float64Array(values),
    perValue: new Int32Array(values),
    weight: new Float64Array(claims),
    sameWords: new Float64Array(claims),
    otherWords: new Float64Array(claims),
  };
}

/**
 * Evidence arrays for `pairCount` watched pairs, to be filled (and filled
 * again, each iteration) by {@link copyEvidence} or summed over shards.
 *
 * @example
 * emptyEvidence(prepared.pairFirst.length).shared.length === prepared.pairFirst.length; // true
 * @internal
 */
export function emptyEvidence(pairCount: number): CopyEvidence {
  return {
    secondCopies: new Float64Array(pairCount),
    firstCopies: new Float64Array(pairCount),
    shared: new Int32Array(pairCount),
    sharedFalse: new Float64Array(pairCount),
  };
}

/**
 * The evidence of copying for every watched pair, from the probabilities of
 * the values (`undefined` gives none) and the trust of the sources, written
 * into `evidence` (cleared first) and returned. Linear in the watched pairs;
 * every sum on the fixed-point grid.
 *
 * @example
 * const evidence = copyEvidence(prepared, flat, trust, { copyRate: 0.8, prior: 0.1, falseValues: 3, formKept: 0.8 }, emptyEvidence(prepared.pairFirst.length), copyScratch(64, 8));
 * evidence.secondCopies[0]; // the log-likelihood ratio for the first watched pair
 * @internal
 */
export function copyEvidence(
  prepared: Prepared,
  probabilities: FlatProbabilities | undefined,
  trust: Float64Array,
  model: CopyModel,
  evidence: CopyEvidence,
  scratch: CopyScratch,
): CopyEvidence {
  evidence.secondCopies.fill(0);
  evidence.firstCopies.fill(0);
  evidence.shared.fill(0);
  evidence.sharedFalse.fill(0);
  if (probabilities === undefined) return evidence;
  const c = model.copyRate;
  const f = model.formKept;
  const differ = Math.log(1 - c);
  prepared.items.forEach((item, i) => {
    if (probabilities.assessed[i] !== 1 || item.many || item.pairs.length === 0) return;
    // How right each value likely is, near values counted in part: "false" below means not even nearly right.
    const p = credits(item, probabilities.values, probabilities.offsets[i]!, scratch.credit);
    const k = item.valueCount;
    // Sources stating each value, and how much of all that is wrong.
    const stating = scratch.stating;
    stating.fill(0, 0, k);
    let sources = 0;
    for (let x = 0; x < item.source.length; x++) {
      stating[item.value[x]!] = stating[item.value[x]!]! + fixed(item.share[x]!);
      sources += fixed(item.share[x]!);
    }
    let wrong = 0;
    for (let v = 0; v < k; v++) wrong += fixed(stating[v]! * (1 - p[v]!));
    // Claims per value, and per value and wording: how common each way of writing a value is.
    const perValue = scratch.perValue;
    perValue.fill(0, 0, k);
    let perForm: Map<number, number> | undefined;
    for (let x = 0; x < item.source.length; x++) {
      const v = item.value[x]!;
      perValue[v] = perValue[v]! + 1;
      if (item.form[x]! < 0) continue;
      perForm ??= new Map();
      const key = item.form[x]! * k + v;
      perForm.set(key, (perForm.get(key) ?? 0) + 1);
    }
    // What sharing its value weighs for each claim, were it the copier: the same for every pair that shares that value
    // (and, where wording is known, that wording or another).
    const weight = scratch.weight;
    const sameWords = perForm ? scratch.sameWords : undefined;
    const otherWords = perForm ? scratch.otherWords : undefined;
    for (let x = 0; x < item.source.length; x++) {
      const v = item.value[x]!;
      const truth = p[v]!;
      // Watched pairs state one value each, so "the others" are the item's sources less the pair's two.
      const popularity = sources > 2 ? Math.max(0, stating[v]! - 2) / (sources - 2) : 0;
      const othersWrong = Math.max(0, wrong - 2 * (1 - truth));
      const rho = (Math.max(0, stating[v]! - 2) * (1 - truth) + 1 / model.falseValues) / (othersWrong + 1);
      const pi = independentShare(truth, clamp(trust[item.source[x]!]!), popularity, rho);
      weight[x] = fixed(Math.log((c + (1 - c) * pi) / pi));
      if (perForm && item.form[x]! >= 0) {
        // φ: the share of this wording among the value's other claims, a little smoothed (a half out of one when there are none).
        const alike = Math.max(0, perForm.get(item.form[x]! * k + v)! - 2);
        const phi = (alike + 0.5) / (Math.max(0, perValue[v]! - 2) + 1);
        sameWords![x] = fixed(Math.log((c * (f + (1 - f) * phi) + (1 - c) * pi * phi) / (pi * phi)));
        otherWords![x] = fixed(Math.log((c * (1 - f) + (1 - c) * pi) / pi));
      }
    }
    for (let x = 0; x < item.pairs.length; x++) {
      const a = item.left[x]!;
      const b = item.right[x]!;
      const pair = item.pairs[x]!;
      const va = item.value[a]!;
      const vb = item.value[b]!;
      evidence.shared[pair] = evidence.shared[pair]! + 1;
      if (va !== vb) {
        // Values that support one another (14:06 and 14:07) differ only in part.
        const alike = item.support === undefined ? 0 : Math.max(item.support[va * k + vb]!, item.support[vb * k + va]!);
        const d = fixed((1 - alike) * differ);
        evidence.secondCopies[pair] = evidence.secondCopies[pair]! + d;
        evidence.firstCopies[pair] = evidence.firstCopies[pair]! + d;
        continue;
      }
      const fa = item.form[a]!;
      const fb = item.form[b]!;
      const worded = fa >= 0 && fb >= 0 ? (fa === fb ? sameWords! : otherWords!) : weight;
      evidence.secondCopies[pair] = evidence.secondCopies[pair]! + worded[b]!;
      evidence.firstCopies[pair] = evidence.firstCopies[pair]! + worded[a]!;
      evidence.sharedFalse[pair] = evidence.sharedFalse[pair]! + fixed(1 - p[va]!);
    }
  });
  return evidence;
}

/** π: the chance that an independent source of accuracy `accuracy` states a value another states (true with probability `truth`). */
function independentShare(truth: number, accuracy: number, popularity: number, rho: number): number {
  return Math.min(1, Math.max(1e-6, truth * Math.max(accuracy, popularity) + (1 - truth) * (1 - accuracy) * rho));
}

/**
 * The probability that one of two sources copies the other, from the evidence
 * of both directions and the prior: `[either, secondCopiesFirst]`.
 *
 * @example
 * dependence(0, 0, 0.1); // [0.1, 0.05]: no evidence, the prior, either way
 * @internal
 */
export function dependence(secondCopies: number, firstCopies: number, prior: number): readonly [number, number] {
  // In logarithms: the evidence of a thousand shared items would overflow as a ratio.
  const second = Math.log(prior / 2) + secondCopies;
  const first = Math.log(prior / 2) + firstCopies;
  const independent = Math.log(1 - prior);
  const top = Math.max(second, first, independent);
  const s = Math.exp(second - top);
  const f = Math.exp(first - top);
  const i = Math.exp(independent - top);
  return [(s + f) / (s + f + i), s / (s + f + i)];
}

/**
 * Accuracies are kept inside (0.01, 0.99): the logarithms stay finite and no source is ever certain.
 *
 * @example
 * clamp(1); // 0.99
 * @internal
 */
export function clamp(a: number): number {
  return Math.min(0.99, Math.max(0.01, a));
}
