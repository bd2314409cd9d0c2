import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/check.js";
import type { Report } from "../../src/engine/types.js";
import { parseCorpora } from "../../src/model/merge.js";

/**
 * Three files, one source each, about the same subject. Their texts are alike
 * in a chain (a ~ b, b ~ c) but a and c are not: greedy clustering in input
 * order used to find an agreement for one order of the files and a
 * discrepancy for another.
 */
const file = (id: string, relocated: string, month: string) => ({
  name: `${id}.json`,
  json: {
    format: "corroborate/v1",
    sources: [{ id, outlet: id.toUpperCase(), publishedAt: "2023-09-01" }],
    claims: [
      { id: `${id}-to`, source: id, subject: "relocation", predicate: "relocatedTo", value: { type: "text", value: relocated }, quote: relocated },
      { id: `${id}-on`, source: id, subject: "relocation", predicate: "relocatedOn", value: { type: "date", value: month }, quote: month },
    ],
  },
});
const a = file("a", "relocated to camps near the border", "2023-03-19");
const b = file("b", "relocated to camps near the borders area", "2023-03");
const c = file("c", "relocated to camps near the mountain area", "2023-03-20");

function verdict(report: Report) {
  return report.findings
    .map((f) => `${f.rule} ${f.kind} ${f.predicate}: ${(f.clusters ?? []).map((x) => `${JSON.stringify(x.value)}=${[...x.claims].sort().join("+")}`).sort().join(" | ")}`)
    .sort();
}

describe("the order of the input files", () => {
  it("never changes a verdict, a cluster or the most likely value", () => {
    const orders = [[a, b, c], [b, a, c], [c, b, a], [b, c, a]];
    const reports = orders.map((docs) => {
      const parsed = parseCorpora(docs);
      if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
      return check(parsed.corpus);
    });
    const expected = verdict(reports[0]!);
    expect(expected.some((line) => line.startsWith("text-consistency discrepancy relocatedTo"))).toBe(true);
    expect(expected.some((line) => line.startsWith("date-consistency discrepancy relocatedOn"))).toBe(true);
    for (const report of reports) {
      expect(verdict(report)).toEqual(expected);
      expect(report.consensus.map((e) => [e.predicate, e.value, e.confidence]).sort()).toEqual(reports[0]!.consensus.map((e) => [e.predicate, e.value, e.confidence]).sort());
    }
  });
});
