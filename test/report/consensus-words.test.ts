import { describe, expect, it } from "vitest";
import type { ConsensusEntry } from "../../src/engine/types.js";
import { consensusLine, copiesWords, probability, sourceNames, trustWords } from "../../src/report/consensus-words.js";
import { copyingReport, reportOf } from "./reports.js";

const entry = (overrides: Partial<ConsensusEntry> = {}): ConsensusEntry => ({
  subject: "AA-1007",
  predicate: "actualDeparture",
  value: "2011-12-01T14:07",
  confidence: 0.94,
  claims: ["a", "b"],
  independentSources: 6,
  ...overrides,
});

describe("the words for consensus and trust", () => {
  it("leads with the most likely value, its confidence and its independent sources", () => {
    expect(consensusLine(entry(), 1)).toBe("Most likely: 2011-12-01T14:07 (0.94), 6 independent sources");
    expect(consensusLine(entry({ independentSources: 1, confidence: 0.5 }), 1)).toBe("Most likely: 2011-12-01T14:07 (0.50), 1 independent source");
  });

  it("says when a value held, for a predicate that changes over time", () => {
    expect(consensusLine(entry({ value: "complete", asOf: "2023-09-23", confidence: 0.55 }), 2)).toBe("As of 2023-09-23, most likely: complete (0.55), 6 independent sources");
    expect(consensusLine(entry({ value: "al-sudani", asOf: "2023-03-01/2024-09-11" }), 1)).toBe("From 2023-03-01 to 2024-09-11, most likely: al-sudani (0.94), 6 independent sources");
  });

  it("calls several values of one group without a time the values judged true", () => {
    expect(consensusLine(entry({ value: "iran" }), 2)).toBe("Judged true: iran (0.94), 6 independent sources");
  });

  it("writes a list of names as one value", () => {
    expect(consensusLine(entry({ value: ["Donald E. Knuth", "Oren Patashnik"] }), 1)).toContain("Most likely: Donald E. Knuth; Oren Patashnik (0.94)");
  });

  it("passes every corpus part through the format's own show", () => {
    expect(consensusLine(entry({ value: "<b>", asOf: "2023" }), 1, (t) => `[${t}]`)).toBe("As of [2023], most likely: [<b>] (0.94), 6 independent sources");
    expect(consensusLine(entry({ value: "x", asOf: "a/b" }), 1, (t) => `[${t}]`)).toBe("From [a] to [b], most likely: [x] (0.94), 6 independent sources");
  });

  it("prints a probability to two decimals, never NaN or out of range", () => {
    expect([0.946, 1, 0, Number.NaN, 1.2, -0.1].map(probability)).toEqual(["0.95", "1.00", "0.00", "?", "1.00", "0.00"]);
  });

  it("says when a source's trust could not be estimated", () => {
    expect(trustWords({ id: "a", outlet: "A", publishedAt: null, trust: 0.861 })).toBe("trust 0.86");
    expect(trustWords({ id: "a", outlet: "A", publishedAt: null })).toBe("trust not estimated (not enough evidence)");
  });

  it("names whom a source copies, declared first, then most likely first", () => {
    const report = copyingReport();
    const mytrip = report.sources.find((s) => s.id === "mytrip")!;
    expect(copiesWords(mytrip, sourceNames(report))).toEqual(["appears to copy FlightView (0.90)", "appears to copy Orbitz (0.41)"]);
    expect(copiesWords(report.sources.find((s) => s.id === "gofly")!, sourceNames(report))).toEqual(["republishes panynj"]);
  });

  it("names a source by its outlet, adding its id only when two share the outlet", () => {
    const report = reportOf({
      sources: [
        { id: "x1", outlet: "Xinhua", publishedAt: null },
        { id: "x2", outlet: "Xinhua", publishedAt: null },
        { id: "r", outlet: "Reuters", publishedAt: null },
      ],
      findings: [],
      claims: {},
    });
    const name = sourceNames(report);
    expect(["x1", "x2", "r", "gone"].map(name)).toEqual(["Xinhua (x1)", "Xinhua (x2)", "Reuters", "gone"]);
  });
});
