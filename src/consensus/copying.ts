/**
 * Copy detection between sources (after Dong, Berti-Équille and Srivastava,
 * VLDB 2009), per domain: a site can take its departure times from one feed
 * and its arrival times from another, so two sources are judged separately on
 * each kind of item.
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
 * Both directions are weighed (a copier shares the original's values with
 * the copier's own accuracy when it does not copy) and summed over the shared
 * items of the domain, then set against the prior.
 */
import { fixed } from "./fixed-point.js";
import type { Prepared } from "./prepare.js";

/** The model's settings. */
export interface CopyModel {
  /** How often a copier copies rather than states its own value (0–1, exclusive). */
  readonly copyRate: number;
  /** Prior probability that two sources depend on one another. */
  readonly prior: number;
  /** How many wrong values a wrong source picks among: two wrong sources agree by chance once in n. */
  readonly falseValues: number;
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

/**
 * The evidence of copying for every watched pair, from the probabilities of
 * the values (`probabilities[item][value]`; an empty list gives none) and the
 * trust of the sources. Linear in the watched pairs; every sum on the
 * fixed-point grid.
 *
 * @example
 * const evidence = copyEvidence(prepared, probabilities, trust, { copyRate: 0.8, prior: 0.1, falseValues: 3 });
 * evidence.secondCopies[0]; // the log-likelihood ratio for the first watched pair
 * @internal
 */
export function copyEvidence(prepared: Prepared, probabilities: readonly Float64Array[], trust: Float64Array, model: CopyModel): CopyEvidence {
  const pairCount = prepared.pairFirst.length;
  const evidence: CopyEvidence = {
    secondCopies: new Float64Array(pairCount),
    firstCopies: new Float64Array(pairCount),
    shared: new Int32Array(pairCount),
    sharedFalse: new Float64Array(pairCount),
  };
  const c = model.copyRate;
  const differ = Math.log(1 - c);
  prepared.items.forEach((item, i) => {
    const p = probabilities[i];
    if (p === undefined || item.many || item.pairs.length === 0) return;
    const k = item.valueCount;
    // Sources stating each value, and how much of all that is wrong.
    const stating = new Float64Array(k);
    let sources = 0;
    for (let x = 0; x < item.source.length; x++) {
      stating[item.value[x]!] = stating[item.value[x]!]! + fixed(item.share[x]!);
      sources += fixed(item.share[x]!);
    }
    let wrong = 0;
    for (let v = 0; v < k; v++) wrong += fixed(stating[v]! * (1 - p[v]!));
    // What sharing its value weighs for each claim, were it the copier: the same for every pair that shares that value.
    const weight = new Float64Array(item.source.length);
    for (let x = 0; x < item.source.length; x++) {
      const v = item.value[x]!;
      const truth = p[v]!;
      // Watched pairs state one value each, so "the others" are the item's sources less the pair's two.
      const popularity = sources > 2 ? Math.max(0, stating[v]! - 2) / (sources - 2) : 0;
      const othersWrong = Math.max(0, wrong - 2 * (1 - truth));
      const rho = (Math.max(0, stating[v]! - 2) * (1 - truth) + 1 / model.falseValues) / (othersWrong + 1);
      weight[x] = fixed(sharedWeight(truth, clamp(trust[item.source[x]!]!), popularity, rho, c));
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
      evidence.secondCopies[pair] = evidence.secondCopies[pair]! + weight[b]!;
      evidence.firstCopies[pair] = evidence.firstCopies[pair]! + weight[a]!;
      evidence.sharedFalse[pair] = evidence.sharedFalse[pair]! + fixed(1 - p[va]!);
    }
  });
  return evidence;
}

/** ln((c + (1 − c)·π) / π): how much likelier a shared value is from a copier than from an independent source of accuracy `accuracy`. */
function sharedWeight(truth: number, accuracy: number, popularity: number, rho: number, c: number): number {
  const pi = Math.min(1, Math.max(1e-6, truth * Math.max(accuracy, popularity) + (1 - truth) * (1 - accuracy) * rho));
  return Math.log((c + (1 - c) * pi) / pi);
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
