import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastValidate } from "../../src/model/fast-validate.js";
import { CorpusSchema } from "../../src/model/schema.js";
import { BUNDLED, fixture, minimalCorpus, readJson, paths, replaceAt } from "../helpers.js";


describe("fastValidate", () => {
  it("accepts the valid corpora the tests use", () => {
    for (const corpus of [readJson(BUNDLED), fixture("paris-agreement.json"), fixture("hostile.json"), minimalCorpus()]) {
      expect(fastValidate(corpus)).toBe(true);
    }
  });

  it("never accepts what the zod schema rejects, under every single mutation", () => {
    for (const base of [readJson(BUNDLED), fixture("paris-agreement.json")]) {
      const replacement = fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom("", " ", "2023-02-30", "2023-13", "2024-02-29", null, -1, Infinity, NaN, true, [], {}, { type: "date" }, { type: "date", value: "2023", anchor: "2023" }),
      );
      fc.assert(
        fc.property(fc.constantFrom(...paths(base)), replacement, (path, value) => {
          const mutated = replaceAt(base, path, value);
          if (fastValidate(mutated)) expect(CorpusSchema.safeParse(mutated).success).toBe(true);
        }),
        { seed: 11, numRuns: 1500 },
      );
    }
  });

  it("never accepts a __proto__ key, which the slow path must report", () => {
    const json = JSON.parse('{"format":"corroborate/v1","sources":[],"claims":[],"predicates":{"__proto__":{"type":"date"}}}');
    expect(fastValidate(json)).toBe(false);
  });
});
