import { describe, expect, it } from "vitest";
import { SourceIndependence } from "../../../src/engine/independence.js";
import { resolveClaims } from "../../../src/engine/resolve.js";
import type { Consensus } from "../../../src/engine/context.js";
import { dependenceNote, namedList, outlets, trustOf } from "../../../src/rules/support/describe.js";
import { corpusOf } from "../../helpers.js";

const FEED = "2011-12-01 12:01 AM (Estimated runway) at gate nine of terminal B";

function independenceOf(quotes: Record<string, string>, sources: readonly { id: string; outlet: string; republishes?: string }[] = Object.keys(quotes).map((id) => ({ id, outlet: id.toUpperCase() }))) {
  const corpus = corpusOf({
    format: "corroborate/v1",
    sources,
    claims: Object.entries(quotes).map(([source, quote]) => ({ id: `${source}-1`, source, subject: "s", predicate: "p", value: { type: "number", value: 1 }, quote })),
  });
  return new SourceIndependence(corpus.sources).of(resolveClaims(corpus).claims);
}

describe("the note on sources counted once", () => {
  it("says nothing when every source counts", () => {
    expect(dependenceNote([])).toBe("");
  });

  it("names the two claims when two sources carry one quote", () => {
    const independence = independenceOf({ a: FEED, b: FEED, c: "a different sentence entirely, long enough to be compared" });
    expect(dependenceNote(independence.dependences)).toBe(" Counted once: a and b carry identical quotes (a-1, b-1).");
  });

  it("says once, in one sentence, that many sources print the same quote, rather than pair by pair", () => {
    const independence = independenceOf({ a: FEED, b: FEED, c: FEED, d: FEED });
    expect(independence.count).toBe(1);
    expect(dependenceNote(independence.dependences)).toBe(" Counted once: a, b, c and d carry identical quotes.");
  });

  it("keeps declared republication as its own reason, before the quotes", () => {
    const independence = independenceOf({ a: "one", b: "two", c: FEED, d: FEED }, [
      { id: "a", outlet: "A" },
      { id: "b", outlet: "B", republishes: "a" },
      { id: "c", outlet: "C" },
      { id: "d", outlet: "D" },
    ]);
    expect(dependenceNote(independence.dependences)).toBe(" Counted once: b republishes a; c and d carry identical quotes (c-1, d-1).");
  });
});

describe("long lists of sources in a sentence", () => {
  const ids = ["a", "b", "c", "d", "e", "f", "g"];
  const claims = (n: number) => {
    const corpus = corpusOf({
      format: "corroborate/v1",
      sources: ids.slice(0, n).map((id) => ({ id, outlet: `Store ${id.toUpperCase()}` })),
      claims: ids.slice(0, n).map((source) => ({ id: `${source}-1`, source, subject: "s", predicate: "p", value: { type: "number", value: 1 }, quote: "1" })),
    });
    return resolveClaims(corpus).claims;
  };
  const consensusTrusting = (trust: Record<string, number>) => ({ trust: new Map(Object.entries(trust)) }) as unknown as Consensus;

  it("names up to five outlets in full", () => {
    expect(outlets(claims(5))).toBe("Store A, Store B, Store C, Store D and Store E");
  });

  it("names the first three of more, and counts the rest, so the answer stays in sight", () => {
    expect(outlets(claims(7))).toBe("Store A, Store B, Store C and 4 other sources");
  });

  it("gives each trust of up to five sources, and the range of more", () => {
    const trust = { a: 0.91, b: 0.66, c: 0.98, d: 0.7, e: 0.8, f: 0.75, g: 0.9 };
    expect(trustOf(claims(2), consensusTrusting(trust))).toBe("Store A 0.91 and Store B 0.66");
    expect(trustOf(claims(7), consensusTrusting(trust))).toBe("0.66 to 0.98");
  });

  it("says nothing of trust when consensus has no estimate", () => {
    expect(trustOf(claims(3), undefined)).toBe("");
  });
});

describe("long lists of readings", () => {
  it("name five in full, and the first three and a count past that", () => {
    expect(namedList(["a", "b", "c", "d", "e"], "others")).toBe("a, b, c, d and e");
    expect(namedList(["a", "b", "c", "d", "e", "f", "g"], "others")).toBe("a, b, c and 4 others");
  });
});

describe("copies consensus found", () => {
  it("take one clause per set of sources that copying links, with the range of their probabilities", () => {
    const copying = (copier: string, original: string, p: number) => ({ sources: [copier, original] as const, reason: `${copier} appears to copy ${original}`, copying: p });
    expect(dependenceNote([copying("b", "a", 0.97), copying("c", "a", 0.99), copying("e", "d", 0.8)])).toBe(
      " Counted once: b, a and c copy one another (consensus: 0.97 to 0.99); e appears to copy d (consensus: 0.80).",
    );
    // One copier of three feeds is one set, not three clauses.
    expect(dependenceNote([copying("x", "f1", 0.99), copying("x", "f2", 0.99), copying("x", "f3", 0.99)])).toBe(" Counted once: x, f1, f2 and f3 copy one another (consensus: 0.99).");
  });
});
