import { describe, expect, it } from "vitest";
import { discoverTruth, TRUTH_DEFAULTS } from "../../src/consensus/truth-discovery.js";
import type { TruthItem } from "../../src/consensus/types.js";
import { copiedFeed, item, sharedWording, trustedMinority } from "./scenarios.js";

describe("when sources are equally good", () => {
  it("the value more of them state wins", () => {
    // Three sources take turns being the odd one out: none earns more trust than another.
    const items: TruthItem[] = [];
    for (let i = 0; i < 6; i++) items.push(item([[i % 3, 0], [(i + 1) % 3, 0], [(i + 2) % 3, 1]]));
    const solution = discoverTruth({ sourceCount: 3, items });
    for (const truth of solution.items) expect(truth.best).toBe(0);
    const trust = solution.sources.map((s) => s.trust);
    expect(trust[1]).toBe(trust[0]);
    expect(trust[2]).toBe(trust[0]);
  });

  it("a tie stays a tie: two values, each from one source, are equally likely and neither is likely", () => {
    const [truth] = discoverTruth({ sourceCount: 2, items: [item([[0, 0], [1, 1]])] }).items;
    expect(truth!.probabilities[0]).toBe(truth!.probabilities[1]);
    expect(truth!.confidence).toBeLessThan(0.5);
    expect(truth!.best).toBe(0); // the lower value number, by rule
    expect(truth!.tied).toBe(true); // and says that is all it is
  });

  it("is not tied where more sources state one value", () => {
    const [truth] = discoverTruth({ sourceCount: 3, items: [item([[0, 0], [1, 0], [2, 1]])] }).items;
    expect(truth!.tied).toBe(false);
  });
});

describe("once trust is learned across items", () => {
  it("a trusted source beats two untrusted ones", () => {
    const solution = discoverTruth(trustedMinority());
    const contested = solution.items[12]!;
    expect(contested.best).toBe(0);
    expect(contested.confidence).toBeGreaterThan(0.9);
    const [good, , , bad] = solution.sources;
    expect(good!.trust).toBeGreaterThan(0.9);
    expect(bad!.trust).toBeLessThan(0.4);
  });

  it("the same item with no other items to learn from goes to the two", () => {
    const alone = discoverTruth({ sourceCount: 6, items: [trustedMinority().items[12]!] });
    expect(alone.items[0]!.best).toBe(1);
  });
});

describe("partial support between values", () => {
  // 14:05, 14:06, 14:07 from one source each; 15:00 from two.
  const claims = [[0, 0], [1, 1], [2, 2], [3, 3], [4, 3]] as const;
  const minutesApart = [5, 6, 7, 60];
  const support = new Float64Array(16);
  for (let v = 0; v < 4; v++) for (let w = 0; w < 4; w++) support[v * 4 + w] = 0.5 ** Math.abs(minutesApart[v]! - minutesApart[w]!);

  it("lets near values lend one another weight: 14:06, between two neighbours, beats 15:00", () => {
    expect(discoverTruth({ sourceCount: 5, items: [item(claims)] }).items[0]!.best).toBe(3);
    expect(discoverTruth({ sourceCount: 5, items: [item(claims, { support })] }).items[0]!.best).toBe(1);
  });

  it("counts a source that is always a minute off as half right, not wrong", () => {
    // Sources 0 and 1 say 14:07 on ten flights; source 2 says 14:06, which lends 14:07 half its weight; source 3 says 15:00.
    const near = Float64Array.from([1, 0, 0, 0.5, 1, 0, 0, 0, 1]);
    const items = Array.from({ length: 10 }, () => item([[0, 0], [1, 0], [2, 1], [3, 2]], { support: near }));
    const [a, , nearly, far] = discoverTruth({ sourceCount: 4, items }).sources;
    expect(nearly!.trust).toBeGreaterThan(0.45);
    expect(nearly!.trust).toBeLessThan(a!.trust);
    expect(far!.trust).toBeLessThan(0.2);
  });

  it("ignores what cannot be support: NaN, negatives and values above 1 are clamped, the diagonal is 1", () => {
    const odd = Float64Array.from(support, (x, i) => (i === 1 ? Number.NaN : i === 4 ? -3 : i === 0 ? 0 : x));
    const solution = discoverTruth({ sourceCount: 5, items: [item(claims, { support: odd })] });
    for (const p of solution.items[0]!.probabilities) expect(Number.isFinite(p)).toBe(true);
  });
});

describe("on a tiny corpus (a handful of articles)", () => {
  it("believes a lone source as far as the prior trust, no further (less the chance of an upstream error)", () => {
    const solution = discoverTruth({ sourceCount: 1, items: [item([[0, 0]])] });
    expect(solution.items[0]!.confidence).toBeCloseTo(TRUTH_DEFAULTS.priorTrust * (1 - TRUTH_DEFAULTS.sharedError), 6);
  });

  it("is never certain, however many sources agree: they may all repeat one upstream error", () => {
    const everyone = item(Array.from({ length: 30 }, (_, s) => [s, 0] as const));
    const solution = discoverTruth({ sourceCount: 30, items: Array.from({ length: 20 }, () => everyone) });
    expect(solution.items[0]!.confidence).toBeCloseTo(1 - TRUTH_DEFAULTS.sharedError, 3);
    expect(solution.items[0]!.confidence).toBeLessThanOrEqual(1 - TRUTH_DEFAULTS.sharedError);
    expect(discoverTruth({ sourceCount: 30, items: [everyone] }, { sharedError: 0 }).items[0]!.confidence).toBeGreaterThan(0.999);
  });

  it("does not report trust from a few articles that agree on a few subjects", () => {
    const items = Array.from({ length: 6 }, () => item([[0, 0], [1, 0], [2, 0], [3, 0], [4, 0]]));
    for (const s of discoverTruth({ sourceCount: 5, items }).sources) expect(s.estimated).toBe(false);
  });

  it("gives two articles against one a modest confidence", () => {
    const confidence = discoverTruth({ sourceCount: 3, items: [item([[0, 0], [1, 0], [2, 1]])] }).items[0]!.confidence;
    expect(confidence).toBeGreaterThan(0.75);
    expect(confidence).toBeLessThan(0.9);
  });

  it("trusts no source 0.99 from three items, and says there is not enough evidence to trust any", () => {
    const items = [0, 1, 2].map(() => item([[0, 0], [1, 0], [2, 0], [3, 0], [4, 0]]));
    const solution = discoverTruth({ sourceCount: 5, items });
    for (const s of solution.sources) {
      expect(s.trust).toBeLessThan(0.9);
      expect(s.estimated).toBe(false);
      expect(s.evidence).toBe(3);
    }
  });

  it("reports trust once a source has been checked against others on enough items", () => {
    const items = Array.from({ length: TRUTH_DEFAULTS.minEvidence }, () => item([[0, 0], [1, 0]]));
    expect(discoverTruth({ sourceCount: 2, items }).sources.map((s) => s.estimated)).toEqual([true, true]);
  });

  it("learns nothing about a source nobody else speaks alongside", () => {
    const solution = discoverTruth({ sourceCount: 2, items: Array.from({ length: 10 }, (_, i) => item([[i % 2, 0]])) });
    for (const s of solution.sources) {
      expect(s.evidence).toBe(0);
      expect(s.estimated).toBe(false);
    }
  });
});

describe("copying", () => {
  it("counts seven sites that copy one feed once: they do not outrank the airline's own time", () => {
    const { problem, airline, copies } = copiedFeed();
    const solution = discoverTruth(problem);
    const flight = solution.items[0]!;
    expect(flight.best).toBe(0);
    expect(flight.independent).toEqual(Int32Array.from([1, 1]));
    expect(flight.discounted.map((d) => d.source)).toEqual(copies);
    for (const d of flight.discounted) {
      expect(d.weight).toBeCloseTo(1 / 7, 3);
      expect(copies).toContain(d.copyOf);
    }
    expect(solution.sources[airline]!.trust).toBeGreaterThan(0.95);
  });

  it("finds exactly the copying pairs, with the shared false values that betray them", () => {
    const { problem, copies } = copiedFeed();
    const found = discoverTruth(problem).dependences;
    expect(found).toHaveLength((copies.length * (copies.length - 1)) / 2);
    for (const d of found) {
      expect(copies).toContain(d.copier);
      expect(copies).toContain(d.original);
      expect(d.probability).toBeGreaterThan(0.99);
      expect(d.sharedFalse).toBeGreaterThan(9);
      expect(d.known).toBe(false);
    }
  });

  it("is what makes the difference: without it the seven copies win", () => {
    const { problem } = copiedFeed();
    const blind = discoverTruth(problem, { minShared: Number.MAX_SAFE_INTEGER });
    expect(blind.items[0]!.best).toBe(1);
  });

  it("takes declared dependences (a republished story) as copying without evidence", () => {
    const problem = { sourceCount: 3, items: [item([[0, 0], [1, 0], [2, 1]])], knownDependences: [{ copier: 1, original: 0 }] };
    const solution = discoverTruth(problem);
    expect(solution.items[0]!.independent).toEqual(Int32Array.from([1, 1]));
    expect(solution.items[0]!.discounted).toEqual([
      { source: 0, value: 0, weight: 0.5, copyOf: 1 },
      { source: 1, value: 0, weight: 0.5, copyOf: 0 },
    ]);
    expect(solution.dependences).toEqual([expect.objectContaining({ copier: 1, original: 0, probability: 1, shared: 1, known: true })]);
  });

  it("sees copies by their wording: seven sites that repeat one feed's layout count once, though they never shared a false value", () => {
    const { problem, airline, copies } = sharedWording();
    const solution = discoverTruth(problem);
    expect(solution.items[0]!.best).toBe(0);
    expect(solution.items[0]!.independent).toEqual(Int32Array.from([4, 1]));
    for (const d of solution.dependences) {
      expect(copies).toContain(d.copier);
      expect(copies).toContain(d.original);
    }
    expect(solution.dependences).toHaveLength((copies.length * (copies.length - 1)) / 2);
    expect(solution.sources[airline]!.trust).toBeGreaterThan(0.9);
  });

  it("without the wording, the seven outvote the airline, and the four who are right are the ones taken for copies", () => {
    const { problem, airline, independent } = sharedWording();
    const unworded = { ...problem, items: problem.items.map((it) => ({ ...it, claims: it.claims.map(({ source, value }) => ({ source, value })) })) };
    const solution = discoverTruth(unworded);
    expect(solution.items[0]!.best).toBe(1);
    expect(solution.dependences.length).toBeGreaterThan(0);
    for (const d of solution.dependences) expect([airline, ...independent]).toEqual(expect.arrayContaining([d.copier, d.original]));
  });

  it("takes sources that state the same values each in its own words for independent confirmations", () => {
    // Five sources agree on forty items, one of them wrong now and then; each writes in its own way.
    const items = Array.from({ length: 40 }, (_, i) => item([[0, 0, 0], [1, 0, 1], [2, 0, 2], [3, 0, 3], [4, i % 5 === 0 ? 1 : 0, 4]]));
    const solution = discoverTruth({ sourceCount: 5, items });
    expect(solution.dependences).toEqual([]);
    expect(solution.items[0]!.independent).toEqual(Int32Array.from([4, 1]));
  });

  it("leaves sources that merely agree on what everybody says independent", () => {
    const items = Array.from({ length: 40 }, () => item([[0, 0], [1, 0], [2, 0], [3, 0]]));
    expect(discoverTruth({ sourceCount: 4, items }).dependences).toEqual([]);
  });
});

describe("several true values (cardinality many)", () => {
  it("judges each value on its own: those most sources list are true, a lone addition is doubtful", () => {
    const signatories = item(
      [[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1], [2, 2]],
      { many: true },
    );
    const [truth] = discoverTruth({ sourceCount: 3, items: [signatories] }).items;
    expect(truth!.probabilities[0]).toBeGreaterThan(0.9);
    expect(truth!.probabilities[1]).toBeGreaterThan(0.9);
    expect(truth!.probabilities[2]).toBeLessThan(0.6);
  });
});

describe("convergence", () => {
  it("stops when nothing moves, and says so", () => {
    const solution = discoverTruth(trustedMinority());
    expect(solution.converged).toBe(true);
    expect(solution.iterations).toBeGreaterThan(1);
    expect(solution.iterations).toBeLessThan(TRUTH_DEFAULTS.maxIterations);
  });

  it("says when it ran out of iterations", () => {
    const solution = discoverTruth(trustedMinority(), { maxIterations: 1 });
    expect(solution).toMatchObject({ iterations: 1, converged: false });
  });
});
