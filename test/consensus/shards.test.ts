/**
 * Truth discovery over a problem split into shards (the partitions of a
 * corpus, one per machine): only sums per source and per pair of sources
 * cross between shards, and the answer is the whole problem's, bit for bit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { discoverTruth, discoverTruthInShards } from "../../src/consensus/truth-discovery.js";
import type { TruthItem, TruthOptions, TruthProblem } from "../../src/consensus/types.js";
import { copiedFeed, item, sharedWording, trustedMinority } from "./scenarios.js";

/** Items spread over shards by `assign` (item index → shard), in their order. */
function split(problem: TruthProblem, count: number, assign: (i: number) => number): TruthProblem[] {
  const shards: TruthItem[][] = Array.from({ length: count }, () => []);
  problem.items.forEach((it, i) => shards[assign(i) % count]!.push(it));
  return shards.map((items) => ({ sourceCount: problem.sourceCount, items, ...(problem.knownDependences && { knownDependences: problem.knownDependences }) }));
}

/** The shards' solutions, their items put back in the order of the whole. */
function rejoined(problem: TruthProblem, count: number, assign: (i: number) => number, options: TruthOptions = {}) {
  const solutions = discoverTruthInShards(split(problem, count, assign), options);
  const next = new Array<number>(count).fill(0);
  const items = problem.items.map((_, i) => solutions[assign(i) % count]!.items[next[assign(i) % count]!++]!);
  return { ...solutions[0]!, items };
}

const scenarios: Record<string, () => TruthProblem> = {
  "a feed copied by seven sites": () => copiedFeed().problem,
  "a trusted minority": trustedMinority,
  "copies told by their wording": () => sharedWording().problem,
};

describe("a problem split into shards", () => {
  for (const [name, make] of Object.entries(scenarios)) {
    it(`gives the whole problem's solution bit for bit: ${name}, items dealt round-robin to three shards`, () => {
      const problem = make();
      expect(rejoined(problem, 3, (i) => i)).toEqual(discoverTruth(problem));
    });
  }

  it("gives every shard the same sources, trust and dependences", () => {
    const solutions = discoverTruthInShards(split(copiedFeed().problem, 4, (i) => i * 7));
    for (const s of solutions.slice(1)) {
      expect(s.sources).toBe(solutions[0]!.sources);
      expect(s.dependences).toBe(solutions[0]!.dependences);
    }
  });

  it("lets a shard hold no items", () => {
    const problem = trustedMinority();
    expect(rejoined(problem, 5, () => 2)).toEqual(discoverTruth(problem));
  });

  it("refuses shards that number their sources differently, or declare different known dependences", () => {
    expect(() => discoverTruthInShards([{ sourceCount: 2, items: [] }, { sourceCount: 3, items: [] }])).toThrow(RangeError);
    expect(() => discoverTruthInShards([{ sourceCount: 2, items: [], knownDependences: [{ copier: 1, original: 0 }] }, { sourceCount: 2, items: [] }])).toThrow(RangeError);
  });

  it("holds for random problems, shard counts and assignments (property)", () => {
    const claim = (sources: number, values: number) => fc.record({ source: fc.nat(sources - 1), value: fc.nat(values - 1), form: fc.option(fc.nat(2), { nil: undefined }) });
    const itemArb = (sources: number) =>
      fc.integer({ min: 1, max: 4 }).chain((values) =>
        fc.record({
          claims: fc.array(claim(sources, values), { minLength: 1, maxLength: 8 }),
          many: fc.boolean(),
          near: fc.boolean(),
        }).map(({ claims, many, near }): TruthItem =>
          item(claims.map((c) => [c.source, c.value, ...(c.form === undefined ? [] : [c.form])] as [number, number] | [number, number, number]), {
            valueCount: values,
            ...(many && { many: true }),
            ...(near && values > 1 && { support: Float64Array.from({ length: values * values }, (_, x) => (Math.floor(x / values) === x % values ? 1 : Math.abs(Math.floor(x / values) - (x % values)) === 1 ? 0.5 : 0)) }),
          }),
        ),
      );
    const problemArb = fc.integer({ min: 2, max: 9 }).chain((sources) =>
      fc.record({
        items: fc.array(itemArb(sources), { minLength: 0, maxLength: 40 }),
        known: fc.option(fc.tuple(fc.nat(sources - 1), fc.nat(sources - 1)), { nil: undefined }),
      }).map(({ items, known }): TruthProblem => ({ sourceCount: sources, items, ...(known && { knownDependences: [{ copier: known[0], original: known[1] }] }) })),
    );
    // With two sources watched per item, which two depends on how many items each states in the whole:
    // the shards learn that from one another before the rounds.
    const options = fc.constantFrom<TruthOptions>({}, { maxPairSources: 2 }, { minShared: 1, minEvidence: 2 });
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 5 }), fc.array(fc.nat(4), { minLength: 1, maxLength: 40 }), options, (problem, count, deal, settings) => {
        const assign = (i: number) => deal[i % deal.length]!;
        expect(rejoined(problem, count, assign, settings)).toEqual(discoverTruth(problem, settings));
      }),
      { seed: 20261124, numRuns: 200 },
    );
  });
});
