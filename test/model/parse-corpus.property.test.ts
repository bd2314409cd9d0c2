import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCorpus } from "../../src/model/parse-corpus.js";
import { BUNDLED, ROOT, readJson, paths, replaceAt } from "../helpers.js";

// Seeded so every run checks the same cases: tests are deterministic.
const settings = { seed: 20231119, numRuns: 300 };

function answersWithCorpusOrProblems(input: unknown): void {
  const result = parseCorpus(input);
  if (result.ok) {
    expect(result.corpus.format).toBe("corroborate/v1");
  } else {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) {
      expect(typeof p.path).toBe("string");
      expect(p.message.length).toBeGreaterThan(0);
    }
  }
}


describe("parseCorpus under arbitrary input", () => {
  it("answers any JSON value with a corpus or problems, never an exception", () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), answersWithCorpusOrProblems), settings);
  });

  it("answers any object with the corpus's keys and arbitrary values", () => {
    const keys = fc.constantFrom("format", "sources", "claims", "entities", "predicates", "title", "__proto__", "constructor");
    fc.assert(fc.property(fc.dictionary(keys, fc.jsonValue({ maxDepth: 4 })), answersWithCorpusOrProblems), settings);
  });

  it.each([
    ["the bundled corpus", BUNDLED],
    ["a corpus with every value type", `${ROOT}test/fixtures/model/real-values.json`],
  ])("answers every single mutation of %s", (_, file) => {
    const base = readJson(file);
    const all = paths(base);
    const replacement = fc.oneof(
      fc.jsonValue({ maxDepth: 2 }),
      fc.constantFrom("2023-02-30", "2023-13-01", "2011-12-01T25:00", "Mars/Olympus", "", "__proto__", null, -1, { __proto__: null }),
      fc.constantFrom({ type: "datetime" }, { type: "names", value: [] }, { type: "names", expr: "a; b" }, { type: "code", value: " " }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...all), replacement, (path, value) => {
        answersWithCorpusOrProblems(replaceAt(base, path, value));
      }),
      { ...settings, numRuns: 400 },
    );
  });

  it("never lets a mutation pollute Object.prototype", () => {
    const base = readJson(BUNDLED);
    fc.assert(
      fc.property(fc.constantFrom(...paths(base)), (path) => {
        const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}`);
        parseCorpus(replaceAt(base, path, hostile));
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { ...settings, numRuns: 100 },
    );
  });

  it("handles deeply nested input without overflowing the stack", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    answersWithCorpusOrProblems({ format: "corroborate/v1", sources: [], claims: [], title: deep });
  });
});
