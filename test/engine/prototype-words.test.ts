import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/check.js";
import { lookupTable } from "../../src/model/lookup-table.js";
import { resolveDate } from "../../src/time/resolve-date.js";
import { decodeEntities } from "../../src/values/names/clean.js";
import { corpusOf } from "../helpers.js";

/** The names of Object.prototype's members: words a corpus may contain like any other. */
const WORDS = Object.getOwnPropertyNames(Object.prototype);

describe("words that name Object.prototype's members", () => {
  it("find nothing in a lookup table", () => {
    const table = lookupTable({ january: 1 });
    for (const word of WORDS) expect(table[word], word).toBeUndefined();
    expect(Object.isFrozen(table)).toBe(true);
  });

  it("are read as words in every value type, never crash a check", () => {
    for (const word of WORDS) {
      const values = [
        { type: "entity", value: word },
        { type: "entity", value: `John ${word}` },
        { type: "names", expr: `${word}, Ann; Bob ${word}` },
        { type: "names", expr: `Gagn&${word};, Marcel; Bj&Atilde;&${word};rn Smith` },
        { type: "text", value: `the ${word} of the deal` },
        { type: "code", value: word },
        { type: "datetime", expr: `${word} 5:20 PM`, anchor: "2011-12-01" },
        { type: "date", expr: `in ${word}` },
      ];
      const corpus = corpusOf({
        format: "corroborate/v1",
        sources: [{ id: "a", outlet: "A", publishedAt: "2024-01-01" }, { id: "b", outlet: "B", publishedAt: "2024-01-01" }],
        claims: values.flatMap((value, i) =>
          ["a", "b"].map((source) => ({ id: `${source}${i}`, source, subject: "s", predicate: `p${i}`, value, quote: `the ${word} quote` })),
        ),
      });
      const report = check(corpus);
      expect(report.findings.filter((f) => f.rule.startsWith("rule-failed") || f.severity === "error"), word).toEqual([]);
    }
  });

  it("are no HTML entities: '&constructor;' is unknown markup, set aside like any other", () => {
    for (const word of WORDS) {
      const decoded = decodeEntities(`Gagn&${word};e`);
      expect(decoded, word).not.toMatch(/function|native code/);
      if (/^[a-z]+$/i.test(word)) expect(decoded, word).toBe(decodeEntities("Gagn&unknownmarkup;e"));
    }
  });

  it("are not date expressions", () => {
    for (const word of WORDS) expect(resolveDate(`on ${word}`, { reference: "2024-01-01" }).ok, word).toBe(false);
  });
});
