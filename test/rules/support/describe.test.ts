import { describe, expect, it } from "vitest";
import { SourceIndependence } from "../../../src/engine/independence.js";
import { resolveClaims } from "../../../src/engine/resolve.js";
import { dependenceNote } from "../../../src/rules/support/describe.js";
import { corpusOf } from "../../helpers.js";

const FEED = "2011-12-01 12:01 AM (Estimated runway) at gate nine of terminal B";

function independenceOf(quotes: Record<string, string>, sources = Object.keys(quotes).map((id) => ({ id, outlet: id.toUpperCase() }))) {
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
