import { describe, expect, it } from "vitest";
import { EntityMatcher } from "../../src/entities/matcher.js";
import type { PredicateSpec } from "../../src/model/types.js";
import { dateValues } from "../../src/values/date.js";
import type { ReadContext } from "../../src/values/value-module.js";

const spec: PredicateSpec = { type: "date", cardinality: "one", changesOverTime: false, declared: true };
const matcher = new EntityMatcher([]);
const ctx = (publishedAt: string | null = "2023-03-21", context = ""): ReadContext => ({ publishedAt, context, identify: (n) => matcher.identify(n), memo: new Map() });
const iso = (value: string) => dateValues.read({ type: "date", value }, ctx());
const words = (expr: string, publishedAt?: string | null, anchor?: string) => dateValues.read({ type: "date", expr, ...(anchor && { anchor }) }, ctx(publishedAt));

describe("date values", () => {
  it("are the same, compatible (the finer named), or different by days", () => {
    expect(dateValues.compare(iso("2023-03-19"), iso("2023-03-19"), spec)).toEqual({ relation: "same" });
    expect(dateValues.compare(iso("2023-03"), iso("2023-03-19"), spec)).toEqual({ relation: "compatible", finer: "second" });
    expect(dateValues.compare(iso("2023-03-19"), iso("2023"), spec)).toEqual({ relation: "compatible", finer: "first" });
    expect(dateValues.compare(iso("2023-03-19"), iso("2023-03-21"), spec)).toEqual({
      relation: "different",
      distance: { amount: 2, unit: "day", text: "2 days" },
    });
  });

  it("read words against the publication date, or an anchor, and say how", () => {
    const sunday = words("on Sunday");
    expect(dateValues.canonical(sunday)).toBe("2023-03-19");
    expect(dateValues.how(sunday)).toMatch(/^'on Sunday' against publication date 2023-03-21/);
    expect(dateValues.canonical(words("on Sunday", null, "2024-11-12"))).toBe("2024-11-10");
  });

  it("never guess: an expression without a reference, or one that refers back, is a failure with a reason", () => {
    expect(dateValues.failure(words("on Sunday", null))).toMatch(/needs a reference date/);
    expect(dateValues.failure(words("that year"))).toMatch(/refers back to a date given earlier/);
  });

  it("let a finer date confirm a coarser one, and a coarser one only half-support a finer one", () => {
    expect(dateValues.support(iso("2023-03-19"), iso("2023-03"), spec)).toBe(1);
    expect(dateValues.support(iso("2023-03"), iso("2023-03-19"), spec)).toBe(0.5);
    expect(dateValues.support(iso("2023-04"), iso("2023-03-19"), spec)).toBe(0);
  });

  it("combine into what every reading allows", () => {
    const core = dateValues.combine([iso("2023"), iso("2023-03"), iso("2023-03-19")], [1, 1, 1], spec);
    expect(dateValues.canonical(core)).toBe("2023-03-19");
    const span = dateValues.combine([words("on Sunday", "2023-03"), iso("2023-03")], [1, 1], spec);
    expect(dateValues.label(span)).toBe("2023-03-01 to 2023-03-26");
  });
});
