import { describe, expect, expectTypeOf, it } from "vitest";
import { parseCorpus } from "../../src/model/parse-corpus.js";
import type { TestClaim, TestCorpus, TestSource, TestValue, TestValueFields } from "../../src/testing/index.js";
import { mergeCorpus } from "../../src/testing/test-corpus.js";

const wire: TestSource = { id: "wire", outlet: "Wire", publishedAt: "2016-04-22" };
const daily: TestSource = { id: "daily", outlet: "Daily", republishes: "wire" };
const claim = (id: string, source: string): TestClaim => ({
  id, source, subject: "paris-agreement", predicate: "signedOn", value: { type: "date", value: "2016-04-22" }, quote: "signed",
});

describe("mergeCorpus: a case's corpus laid over the suite's defaults", () => {
  it("keeps the defaults' records first, replaces one with the same id in place, and appends the case's others", () => {
    const herald: TestSource = { id: "herald", outlet: "Herald" };
    const merged = mergeCorpus({ sources: [wire, daily], claims: [claim("w1", "wire")] }, { sources: [herald, { ...wire, publishedAt: "2016" }], claims: [claim("h1", "herald")] });
    expect(merged.sources).toEqual([{ ...wire, publishedAt: "2016" }, daily, herald]);
    expect(merged.claims!.map((c) => c.id)).toEqual(["w1", "h1"]);
  });

  it("merges predicates by name, and takes the case's title and description", () => {
    const merged = mergeCorpus(
      { title: "Suite", description: "d", predicates: { signedOn: { type: "date" }, parties: { type: "number" } } },
      { title: "Case", predicates: { parties: { type: "number", tolerance: 2 } } },
    );
    expect(merged).toEqual({ title: "Case", description: "d", predicates: { signedOn: { type: "date" }, parties: { type: "number", tolerance: 2 } } });
  });

  it("keeps a second case record with a replaced id, so the duplicate is reported, and passes malformed fields through", () => {
    const merged = mergeCorpus({ sources: [wire] }, { sources: [wire, { ...wire, outlet: "Wire again" }], claims: "none" as unknown as TestClaim[] });
    expect(merged.sources).toEqual([wire, { ...wire, outlet: "Wire again" }]);
    expect(merged.claims).toBe("none");
    const parsed = parseCorpus({ format: "corroborate/v1", ...merged, claims: [] });
    expect(parsed.ok || parsed.problems.map((p) => p.message)).toEqual([expect.stringMatching(/duplicate|wire/i)]);
  });

  it("changes neither input, and without defaults is the case's corpus itself", () => {
    const defaults = { sources: [wire] };
    const own = { sources: [daily] };
    mergeCorpus(defaults, own);
    expect(defaults).toEqual({ sources: [wire] });
    expect(own).toEqual({ sources: [daily] });
    expect(mergeCorpus(undefined, own)).toBe(own);
  });
});

describe("test corpus types reject what parseCorpus rejects, where a type can say it", () => {
  it("accepts every value type in each of its forms", () => {
    const values: TestValue[] = [
      { type: "date", value: "2023-03-19" },
      { type: "date", expr: "on Sunday" },
      { type: "date", expr: "on Sunday", anchor: "2023" },
      { type: "entity", value: "Qasim al-Araji" },
      { type: "text", value: "hold warming well below 2 °C" },
      { type: "number", value: 175, unit: "parties" },
      { type: "status", value: "in-progress" },
      { type: "datetime", value: "2011-12-01T14:07-05:00", zone: "America/Chicago" },
      { type: "datetime", expr: "2:07 PM", anchor: "2011-12-01" },
      { type: "code", value: "Term C - C18" },
      { type: "names", value: ["Donald E. Knuth", "Oren Patashnik"] },
      { type: "names", expr: "Knuth, Donald E.; Patashnik, Oren" },
    ];
    for (const value of values) {
      const parsed = parseCorpus({ format: "corroborate/v1", sources: [wire], claims: [{ ...claim("w1", "wire"), value }] });
      expect(parsed.ok, JSON.stringify(value)).toBe(true);
    }
  });

  it("makes shapes parseCorpus refuses compile errors", () => {
    // @ts-expect-error -- a date's value is an ISO string, not a number
    const wrongShape: TestValue = { type: "date", value: 5 };
    // @ts-expect-error -- a date has either value or expr, not both
    const both: TestValue = { type: "date", value: "2023-03-19", expr: "on Sunday" };
    // @ts-expect-error -- a date needs value or expr
    const neither: TestValue = { type: "date" };
    // @ts-expect-error -- anchor only applies to a date in words
    const anchored: TestValue = { type: "date", value: "2023-03-19", anchor: "2023" };
    // @ts-expect-error -- a names value has either a list or the list as written
    const names: TestValue = { type: "names", value: ["A"], expr: "A" };
    // @ts-expect-error -- a status is one of not-started, in-progress, complete
    const status: TestValue = { type: "status", value: "done" };
    // @ts-expect-error -- an entity value has no unit
    const unit: TestValue = { type: "entity", value: "x", unit: "people" };
    // @ts-expect-error -- "year" is not a value type
    const tag: TestValue = { type: "year", value: "2023" };
    // @ts-expect-error -- unknown keys are typos
    const source: TestSource = { id: "a", outlet: "A", published: "2020" };
    // @ts-expect-error -- a claim needs its quote
    const noQuote: TestClaim = { id: "a1", source: "a", subject: "s", predicate: "p", value: { type: "text", value: "x" } };
    // @ts-expect-error -- asOf is a date value
    const asOf: TestClaim = { ...claim("w1", "wire"), asOf: { type: "text", value: "then" } };
    // @ts-expect-error -- a corpus's top-level keys are fixed
    const corpus: TestCorpus = { sources: [], claims: [], claimz: [] };
    // @ts-expect-error -- the only format is corroborate/v1
    const format: TestCorpus = { format: "corroborate/v2", sources: [], claims: [] };
    // Each refused at run time too: the types only say it earlier.
    for (const value of [wrongShape, both, neither, anchored, names, status, unit, tag]) {
      const parsed = parseCorpus({ format: "corroborate/v1", sources: [wire], claims: [{ ...claim("w1", "wire"), value }] });
      expect(parsed.ok, JSON.stringify(value)).toBe(false);
    }
    for (const doc of [
      { format: "corroborate/v1", sources: [source], claims: [] },
      { format: "corroborate/v1", sources: [wire], claims: [noQuote] },
      { format: "corroborate/v1", sources: [wire], claims: [asOf] },
      { format: "corroborate/v1", ...corpus },
      format,
    ]) {
      expect(parseCorpus(doc).ok, JSON.stringify(doc)).toBe(false);
    }
  });

  it("offers a value's fields without its tag, for helpers that add it", () => {
    const date = (fields: TestValueFields<"date">): TestValue => ({ type: "date", ...fields });
    expect(date({ expr: "on Sunday", anchor: "2023" })).toEqual({ type: "date", expr: "on Sunday", anchor: "2023" });
    // @ts-expect-error -- still never both
    date({ value: "2023", expr: "in 2023" });
    expectTypeOf<TestValueFields<"number">>().toEqualTypeOf<Omit<Extract<TestValue, { type: "number" }>, "type">>();
  });
});
