import { describe, expect, it } from "vitest";
import { fixed } from "../../src/consensus/fixed-point.js";
import { discoverTruth } from "../../src/consensus/truth-discovery.js";
import type { TruthProblem, TruthSolution } from "../../src/consensus/types.js";
import { copiedFeed, item, renumbered, sharedWording, trustedMinority } from "./scenarios.js";

/** A problem with a bit of everything: copying (by values and by wording), trust to learn, partial support, a declared dependence, a many-valued item. */
function mixed(): TruthProblem {
  const feed = copiedFeed().problem;
  const minority = trustedMinority();
  const worded = sharedWording().problem;
  const support = Float64Array.from([1, 0.5, 0, 0.5, 1, 0, 0, 0, 1]);
  return {
    sourceCount: feed.sourceCount,
    items: [
      ...feed.items,
      ...minority.items,
      ...worded.items,
      item([[0, 0], [1, 1], [2, 2], [3, 2]], { support }),
      item([[4, 0], [4, 1], [5, 0], [6, 2]], { many: true }),
    ],
    knownDependences: [{ copier: 6, original: 5 }],
  };
}

describe("the same input", () => {
  it("gives a bit-identical solution", () => {
    expect(discoverTruth(mixed())).toEqual(discoverTruth(mixed()));
  });
});

describe("sources, items, claims and values renumbered", () => {
  const original = discoverTruth(mixed());
  for (const seed of [1, 2, 3]) {
    it(`give the same solution, renumbered (shuffle ${seed})`, () => {
      const { problem, sourceOf, itemOf, valueOf } = renumbered(mixed(), seed);
      const shuffled = discoverTruth(problem);
      expect(shuffled.iterations).toBe(original.iterations);
      original.sources.forEach((s, old) => expect(shuffled.sources[sourceOf[old]!]).toEqual(s));
      original.items.forEach((truth, old) => {
        const moved = shuffled.items[itemOf[old]!]!;
        const values = valueOf[old]!;
        truth.probabilities.forEach((p, v) => expect(moved.probabilities[values[v]!]).toBe(p));
        truth.independent.forEach((n, v) => expect(moved.independent[values[v]!]).toBe(n));
        if (truth.best >= 0) expect(moved.best).toBe(values[truth.best]);
        expect(discountsOf(moved)).toEqual(discountsOf(truth, sourceOf, values));
      });
      expect(pairsOf(shuffled)).toEqual(pairsOf(original, sourceOf));
    });
  }
});

/** The discounted claims as comparable strings, optionally renumbered (which co-stater is named may differ between equals: left out). */
function discountsOf(truth: TruthSolution["items"][number], sourceOf?: readonly number[], valueOf?: readonly number[]): string[] {
  return truth.discounted.map((d) => `${sourceOf ? sourceOf[d.source] : d.source}:${valueOf ? valueOf[d.value] : d.value}:${d.weight}`).sort();
}

/** The dependent pairs, unordered (between exact copies the direction is a convention), optionally renumbered. */
function pairsOf(solution: TruthSolution, sourceOf?: readonly number[]): string[] {
  return solution.dependences
    .map((d) => {
      const [a, b] = [d.copier, d.original].map((s) => (sourceOf ? sourceOf[s]! : s)).sort((x, y) => x - y);
      return `${a}-${b}:${d.probability}:${d.shared}:${d.known}`;
    })
    .sort();
}

describe("fixed-point sums", () => {
  it("do not depend on the order of their terms", () => {
    const terms = [0.1, 1 / 3, 2.718281828, 1e-7, 0.7, 5.5e-3, 12.25];
    const forward = terms.reduce((sum, x) => sum + fixed(x), 0);
    const backward = [...terms].reverse().reduce((sum, x) => sum + fixed(x), 0);
    expect(backward).toBe(forward);
    expect(Math.abs(forward - terms.reduce((a, b) => a + b, 0))).toBeLessThan(1e-6);
  });
});
