import { describe, expect, it } from "vitest";
import { parseCorpora } from "../../src/model/merge.js";
import { minimalCorpus } from "../helpers.js";

function second(): Record<string, unknown> {
  return {
    format: "corroborate/v1",
    sources: [{ id: "c", outlet: "Outlet C", publishedAt: "2016-04-23" }],
    claims: [{ id: "c1", source: "c", subject: "paris-agreement", predicate: "signedOn", value: { type: "date", value: "2016-04-22" }, quote: "on Friday" }],
  };
}

describe("parseCorpora", () => {
  it("merges several documents into one corpus", () => {
    const result = parseCorpora([{ name: "a.json", json: minimalCorpus() }, { name: "b.json", json: second() }]);
    expect(result.ok && result.corpus.claims.map((c) => c.id)).toEqual(["a1", "b1", "c1"]);
  });

  it("names the document and the path of each problem", () => {
    const bad = second();
    (bad.claims as any[])[0].source = "missing";
    const result = parseCorpora([{ name: "a.json", json: minimalCorpus() }, { name: "b.json", json: bad }]);
    expect(!result.ok && result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([
      'b.json: claims[0].source: no source has the id "missing"',
    ]);
  });

  it("reports ids used in two documents in the second one's terms", () => {
    const dup = second();
    (dup.claims as any[])[0].id = "a1";
    const result = parseCorpora([{ name: "a.json", json: minimalCorpus() }, { name: "b.json", json: dup }]);
    expect(!result.ok && result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([
      'b.json: claims[0].id: duplicate claim id "a1" (already used by claims[0] of a.json)',
    ]);
  });

  it("rejects a predicate declared differently in two documents", () => {
    const other = { ...second(), predicates: { signedOn: { type: "date", cardinality: "many" } } };
    const result = parseCorpora([{ name: "a.json", json: minimalCorpus() }, { name: "b.json", json: other }]);
    expect(!result.ok && result.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`)).toEqual([
      'b.json: predicates.signedOn: the predicate "signedOn" is declared differently in a.json',
    ]);
  });
});
