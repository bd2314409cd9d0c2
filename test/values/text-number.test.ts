import { describe, expect, it } from "vitest";
import type { PredicateSpec } from "../../src/model/types.js";
import { numberValues } from "../../src/values/number.js";
import { readText, textValues } from "../../src/values/text.js";

const spec = (type: PredicateSpec["type"], tolerance?: number): PredicateSpec => ({ type, cardinality: "one", changesOverTime: false, declared: true, ...(tolerance !== undefined && { tolerance }) });

describe("text values", () => {
  it("agree when the wording is alike once case and punctuation are set aside", () => {
    expect(textValues.compare(readText("Camps in Iraqi Kurdistan."), readText("camps in iraqi kurdistan"), spec("text"))).toEqual({ relation: "same" });
    expect(textValues.compare(readText("less accessible camps in the north"), readText("less-accessible camps in the north."), spec("text"))).toEqual({ relation: "same" });
  });

  it("never agree when their numbers differ, however alike the letters", () => {
    expect(textValues.compare(readText("4:55 PMDec 01"), readText("3:55 AMDec 01"), spec("text")).relation).toBe("different");
    expect(textValues.compare(readText("Flight 1007 departed"), readText("Flight 1008 departed"), spec("text")).relation).toBe("different");
  });

  it("combine into the most common wording, ties in code-point order", () => {
    const [a, b] = [readText("Baghdad"), readText("baghdad")];
    expect(textValues.combine([a, b], [1, 2], spec("text"))).toBe(b);
    expect(textValues.combine([b, a], [1, 1], spec("text"))).toBe(a);
  });
});

describe("number values", () => {
  const n = (value: number, unit?: string) => numberValues.read({ type: "number", value, ...(unit && { unit }) }, undefined as never);

  it("are the same within the tolerance and in the same unit only", () => {
    expect(numberValues.compare(n(175, "parties"), n(171, "parties"), spec("number", 5))).toEqual({ relation: "same" });
    expect(numberValues.compare(n(175, "parties"), n(175, "countries"), spec("number")).relation).toBe("different");
  });

  it("say how far apart different numbers are, without floating-point noise", () => {
    expect(numberValues.compare(n(0.1), n(0.4), spec("number"))).toEqual({ relation: "different", distance: { amount: 0.3, unit: "", text: "0.3" } });
    expect(numberValues.compare(n(175, "parties"), n(195, "parties"), spec("number"))).toMatchObject({ distance: { text: "20 parties" } });
  });

  it("combine into the most common number, ties to the smaller", () => {
    expect(numberValues.combine([n(171), n(175)], [1, 1], spec("number", 5)).value).toBe(171);
    expect(numberValues.combine([n(175), n(171)], [2, 1], spec("number", 5)).value).toBe(175);
  });
});
