import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fastValidate } from "../../src/model/fast-validate.js";
import { CorpusSchema, VALUE_SCHEMAS } from "../../src/model/schema.js";
import { BUNDLED, fixture, minimalCorpus, readJson, paths, replaceAt } from "../helpers.js";

/** A corpus that uses every value type (datetime, code and names among them). */
const realValues = () => fixture("model/real-values.json") as Record<string, any>;

/** Field values a value's keys may take: valid ones, near misses and nonsense. */
const candidates = {
  value: fc.constantFrom("2023", "2023-02-30", "2024-02-29", "2011-12-01T14:07", "2011-12-01T14:07:59.5Z", "2011-12-01T24:00", "2011-12-01T14:07+19:00", "2011-12-01T14:07-0500", "C18", "", " ", "not-started", "done", 0, -2.5, 9007199254740993, Infinity, null, true, [], ["Jane Doe"], ["Jane Doe", " "], [1], {}),
  expr: fc.constantFrom("2:07 PM", "Doe, Jane; Roe, John", "", "  ", 3, null),
  anchor: fc.constantFrom("2011-12-01", "2011-13", "2011-12-01T14:07", "", 2011),
  zone: fc.constantFrom("America/Chicago", "UTC", "Mars/Olympus", "", 5),
  unit: fc.constantFrom("people", "", " ", 1),
};
const TYPES = ["date", "entity", "text", "number", "status", "datetime", "code", "names", "color", 1] as const;

/**
 * Any value-like object: a type tag, a few of the keys a value of that type may
 * have (from its schema's shape) with valid or near-miss contents, and now and
 * then a key it may not have.
 */
const anyValue = fc.constantFrom(...TYPES).chain((type) => {
  const allowed = Object.keys((VALUE_SCHEMAS as Record<string, { shape: object }>)[String(type)]?.shape ?? { value: 0 }).filter((k) => k !== "type");
  return fc
    .tuple(fc.subarray(allowed), fc.constantFrom(undefined, undefined, undefined, undefined, "unit", "zone", "extra"))
    .chain(([keys, stray]) =>
      fc.record(Object.fromEntries([...keys, ...(stray ? [stray] : [])].map((k) => [k, candidates[k as keyof typeof candidates] ?? fc.constant(1)]))),
    )
    .map((fields) => ({ type, ...fields }));
});

describe("fastValidate", () => {
  it("accepts the valid corpora the tests use", () => {
    for (const corpus of [readJson(BUNDLED), fixture("paris-agreement.json"), fixture("hostile.json"), realValues(), minimalCorpus()]) {
      expect(fastValidate(corpus)).toBe(true);
    }
  });

  it("never accepts what the zod schema rejects, under every single mutation", () => {
    for (const base of [readJson(BUNDLED), fixture("paris-agreement.json"), realValues()]) {
      const replacement = fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        anyValue,
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

  it("agrees with the zod schema on every value type, as a claim's value and as a qualifier", () => {
    const accepted = new Set<unknown>();
    fc.assert(
      fc.property(anyValue, fc.boolean(), (value, asQualifier) => {
        const corpus = realValues();
        if (asQualifier) corpus.claims[0].qualifiers = { q: value };
        else corpus.claims[0].value = value;
        const fast = fastValidate(corpus);
        expect(fast).toBe(CorpusSchema.safeParse(corpus).success);
        if (fast) accepted.add(value.type);
      }),
      { seed: 12, numRuns: 3000 },
    );
    // The generator reaches valid values of every type, so the agreement is not only on rejections.
    expect([...accepted].sort()).toEqual(["code", "date", "datetime", "entity", "names", "number", "status", "text"]);
  });

  it("never accepts a __proto__ key, which the slow path must report", () => {
    const json = JSON.parse('{"format":"corroborate/v1","sources":[],"claims":[],"predicates":{"__proto__":{"type":"date"}}}');
    expect(fastValidate(json)).toBe(false);
  });
});
