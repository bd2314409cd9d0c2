import { describe, expect, it } from "vitest";
import { SourceIndependence } from "../../src/engine/independence.js";
import { resolveClaims } from "../../src/engine/resolve.js";
import { corpusOf } from "../helpers.js";

function setup(sources: object[], quotes: Record<string, string>) {
  const corpus = corpusOf({
    format: "corroborate/v1",
    sources,
    claims: Object.entries(quotes).map(([source, quote], i) => ({ id: `c${i}`, source, subject: "s", predicate: "p", value: { type: "number", value: 1 }, quote })),
  });
  return { independence: new SourceIndependence(corpus.sources), claims: resolveClaims(corpus).claims };
}

describe("independent sources", () => {
  it("count each source once", () => {
    const { independence, claims } = setup([{ id: "a", outlet: "A" }, { id: "b", outlet: "B" }], { a: "one", b: "two" });
    expect(independence.of(claims)).toMatchObject({ count: 2, sources: ["a", "b"], dependences: [] });
  });

  it("count a republished copy once, whether it names the source id or the outlet", () => {
    for (const republishes of ["a", "Agence A"]) {
      const { independence, claims } = setup([{ id: "a", outlet: "Agence A" }, { id: "b", outlet: "B", republishes }], { a: "one", b: "two" });
      expect(independence.of(claims)).toMatchObject({ count: 1, dependences: [{ sources: ["b", "a"], reason: "b republishes a" }] });
    }
  });

  it("count near-identical long quotes once, but not short ones that merely name the same thing", () => {
    const long = "The ministers agreed to relocate the armed groups to camps away from the border within six months";
    const copied = setup([{ id: "a", outlet: "A" }, { id: "b", outlet: "B" }], { a: long, b: long.replace("six months", "6 months") });
    expect(copied.independence.of(copied.claims).count).toBe(1);
    const named = setup([{ id: "a", outlet: "A" }, { id: "b", outlet: "B" }], { a: "National Security Adviser Qasim al-Araji", b: "national security adviser Qasim al-Araji" });
    expect(named.independence.of(named.claims).count).toBe(2);
  });
});

import fc from "fast-check";
import { mayBeSimilar, textSimilarity } from "../../src/values/text-similarity.js";

describe("mayBeSimilar", () => {
  it("never rules out texts that are similar enough", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 8 }), fc.nat(60), (a, edit, at) => {
        const b = a.slice(0, at) + edit + a.slice(at + edit.length);
        if (textSimilarity(a, b) >= 0.9) expect(mayBeSimilar(a, b, 0.9)).toBe(true);
      }),
      { seed: 5, numRuns: 2000 },
    );
  });
});

import { normalizeText } from "../../src/values/text-similarity.js";

describe("normalizeText", () => {
  it("gives plain ASCII the same result as the full Unicode path", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii" }), (text) => {
        const unicode = text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
        expect(normalizeText(text)).toBe(unicode);
      }),
      { seed: 8, numRuns: 1000 },
    );
  });

  it("folds accents and Unicode punctuation", () => {
    expect(normalizeText("Ségolène Royal’s “plan”")).toBe("segolene royal s plan");
  });
});
