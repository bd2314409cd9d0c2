/**
 * Partial credit: how right a claim is when its value nearly matches the
 * likely truth. Trust and the copy model read it.
 */
import { fixed } from "./fixed-point.js";
import type { PreparedItem } from "./prepare.js";

/**
 * How right a claim of each value is: the probability of each value it
 * supports, weighted by that support — its own value's probability, and part
 * of a near one's (a time a minute off, an author list that leaves one of two
 * authors out is half right when the other is true). Trust and the copy model
 * count a nearly right claim as nearly right: judged wrong outright, the many
 * stores that list only a book's first author would look unreliable, and
 * their common shortcut like copying. Without support between values, the
 * probabilities themselves.
 *
 * The item's probabilities are read from `p` at `at` (the iterations keep
 * every item's in one array); the credits are written into `out` (at least
 * the item's value count long, reused item after item) and returned.
 *
 * @example
 * credits(item, probabilities, 0, new Float64Array(item.valueCount))[0]; // P(0) + ½·P(1) when value 0 lends value 1 half its weight
 * @internal
 */
export function credits(item: PreparedItem, p: Float64Array, at: number, out: Float64Array): Float64Array {
  const support = item.support;
  const k = item.valueCount;
  if (support === undefined) {
    for (let v = 0; v < k; v++) out[v] = p[at + v]!;
    return out;
  }
  for (let v = 0; v < k; v++) {
    let sum = 0;
    for (let w = 0; w < k; w++) if (p[at + w] !== 0) sum += fixed(support[v * k + w]! * p[at + w]!);
    out[v] = Math.min(1, sum);
  }
  return out;
}
