import { describe, expect, it } from "vitest";
import { discoverTruth } from "../../src/consensus/truth-discovery.js";
import type { TruthSolution } from "../../src/consensus/types.js";
import { item } from "./scenarios.js";

function allFinite(solution: TruthSolution): boolean {
  return (
    solution.sources.every((s) => Number.isFinite(s.trust)) &&
    solution.items.every((t) => t.probabilities.every(Number.isFinite) && Number.isFinite(t.confidence)) &&
    solution.dependences.every((d) => Number.isFinite(d.probability))
  );
}

describe("empty and degenerate problems", () => {
  it("no sources and no items: an empty solution", () => {
    expect(discoverTruth({ sourceCount: 0, items: [] })).toEqual({ sources: [], items: [], dependences: [], iterations: 0, converged: true });
  });

  it("an item without claims has no best value and no confidence", () => {
    const solution = discoverTruth({ sourceCount: 2, items: [item([], { valueCount: 3 }), item([], { valueCount: 0 })] });
    expect(solution.items.map((t) => [t.best, t.confidence])).toEqual([[-1, 0], [-1, 0]]);
    expect(allFinite(solution)).toBe(true);
    expect(solution.sources.map((s) => s.items)).toEqual([0, 0]);
  });

  it("a source with no claims keeps the prior, unreported", () => {
    const solution = discoverTruth({ sourceCount: 3, items: [item([[0, 0], [1, 0]])] });
    expect(solution.sources[2]).toMatchObject({ estimated: false, evidence: 0, items: 0 });
  });

  it("a source stating two values of one item has its vote split between them", () => {
    const solution = discoverTruth({ sourceCount: 2, items: [item([[0, 0], [0, 1], [1, 1]])] });
    expect(solution.items[0]!.best).toBe(1);
    expect(allFinite(solution)).toBe(true);
  });

  it("the same claim twice counts once", () => {
    const once = discoverTruth({ sourceCount: 2, items: [item([[0, 0], [1, 1]])] });
    const twice = discoverTruth({ sourceCount: 2, items: [item([[0, 0], [0, 0], [1, 1]])] });
    expect(twice.items).toEqual(once.items);
  });

  it("extreme settings stay finite", () => {
    const items = Array.from({ length: 20 }, (_, i) => item([[0, 0], [1, i % 2], [2, 0], [3, 1]]));
    for (const options of [{ priorTrust: 0 }, { priorTrust: 1 }, { copyRate: 0.999999 }, { copyPrior: 1e-300 }, { falseValues: 1 }, { priorWeight: 0 }]) {
      expect(allFinite(discoverTruth({ sourceCount: 4, items }, options))).toBe(true);
    }
  });

  it("a thousand sources agreeing on a thousand items stay finite and bounded", () => {
    const claims = Array.from({ length: 1000 }, (_, s) => [s, 0] as const);
    const solution = discoverTruth({ sourceCount: 1000, items: Array.from({ length: 3 }, () => item(claims)) }, { maxPairSources: 8 });
    expect(allFinite(solution)).toBe(true);
    expect(solution.items[0]!.confidence).toBeLessThanOrEqual(1);
  });
});

describe("programmer errors", () => {
  it("a claim naming a source or value out of range throws a RangeError naming it", () => {
    expect(() => discoverTruth({ sourceCount: 1, items: [item([[1, 0]])] })).toThrow(/items\[0\]\.claims\[0\]\.source 1/);
    expect(() => discoverTruth({ sourceCount: 1, items: [item([[0, 2]], { valueCount: 2 })] })).toThrow(/items\[0\]\.claims\[0\]\.value 2/);
    expect(() => discoverTruth({ sourceCount: -1, items: [] })).toThrow(RangeError);
    expect(() => discoverTruth({ sourceCount: 1, items: [], knownDependences: [{ copier: 0, original: 4 }] })).toThrow(/knownDependences/);
  });
});

describe("the solution", () => {
  it("is frozen", () => {
    const solution = discoverTruth({ sourceCount: 2, items: [item([[0, 0], [1, 0]])] });
    expect(Object.isFrozen(solution)).toBe(true);
    expect(Object.isFrozen(solution.sources[0])).toBe(true);
    expect(Object.isFrozen(solution.items[0])).toBe(true);
  });
});
