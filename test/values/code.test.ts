import { describe, expect, it } from "vitest";
import type { PredicateSpec } from "../../src/model/types.js";
import { codeValues, readCode } from "../../src/values/code.js";

const spec: PredicateSpec = { type: "code", cardinality: "one", changesOverTime: false, declared: true };
const relation = (a: string, b: string) => codeValues.compare(readCode(a), readCode(b), spec);

describe("code values", () => {
  it.each([
    ["A12", "A-12"],
    ["A12", "a 12"],
    ["0-201-85394-9", "0201853949"],
    [" C20 ", "C20"],
    ["Term C - C18", "Terminal C - C18"],
  ])("'%s' and '%s' are the same code once case, spacing and punctuation are set aside", (a, b) => {
    expect(relation(a, b)).toEqual({ relation: "same" });
  });

  it.each([
    ["A12", "A13"],
    ["A12", "A21"],
    ["B22", "B2"],
    ["12", "A12"],
    ["Terminal 2 - 24", "Terminal 3 - 24"],
    ["Gate 7", "Stand 7"],
  ])("'%s' and '%s' are different codes: never by spelling distance", (a, b) => {
    expect(relation(a, b).relation).toBe("different");
  });

  it.each([
    ["Term C - C18", "C18", "first"],
    ["C18", "Term C - C18", "second"],
    ["Gate 7", "7", "first"],
    ["C20/C", "C20", "first"],
    ["22B/T4", "22B", "first"],
    ["Terminal 4 - 49A", "49A", "first"],
  ])("'%s' and '%s': a code that only adds a label is compatible and more specific", (a, b, finer) => {
    expect(relation(a, b)).toEqual({ relation: "compatible", finer });
  });

  it("reads a label before a spaced dash and a qualifier after a slash, and explains it", () => {
    const code = readCode("Terminal 9 - 22B/T9");
    expect(code.core).toBe("22B");
    expect(code.labels).toEqual([
      { words: ["TERMINAL"], id: "9" },
      { words: [], id: "T9" },
    ]);
    expect(codeValues.how(code)).toBe("'Terminal 9 - 22B/T9' is code 22B, qualified by TERMINAL 9 and T9");
  });

  it("keeps a code made only of letters whole ('CHK', 'HOLD')", () => {
    expect(readCode("HOLD").core).toBe("HOLD");
    expect(relation("HOLD", "hold")).toEqual({ relation: "same" });
  });

  it("cannot read a code with no letters or digits", () => {
    expect(codeValues.failure(readCode("--"))).toBe("'--' has no letters or digits");
  });

  it("lets a bare code lend half its weight to a labelled one, and a labelled one confirm the bare one", () => {
    expect(codeValues.support(readCode("C18"), readCode("Term C - C18"), spec)).toBe(0.5);
    expect(codeValues.support(readCode("Term C - C18"), readCode("C18"), spec)).toBe(1);
    expect(codeValues.support(readCode("C18"), readCode("C19"), spec)).toBe(0);
  });

  it("combines a cluster into its most specific code, whatever the order", () => {
    const readings = [readCode("C18"), readCode("Term C - C18"), readCode("c-18")];
    const forward = codeValues.combine(readings, [3, 1, 2], spec);
    const backward = codeValues.combine([...readings].reverse(), [2, 1, 3], spec);
    expect(forward.written).toBe("Term C - C18");
    expect(backward).toBe(forward);
  });
});

describe("a place without a code ('Terminal 4')", () => {
  it("names no code: its core is empty, and it says so", () => {
    const place = readCode("Terminal 4");
    expect(place.core).toBe("");
    expect(place.labels).toEqual([{ words: ["TERMINAL"], id: "4" }]);
    expect(codeValues.how(place)).toBe("'Terminal 4' names a place (TERMINAL 4), not a code");
    expect(readCode("Gate 7").core).toBe("7"); // a gate is the code itself
  });

  it.each([
    ["Terminal 4", "47B/T4"],
    ["Terminal 4", "Terminal 4 - 49A"],
    ["Term 2", "C25/2"],
    ["Terminal C", "C20/C"],
    ["Terminal 2", "5"],
  ])("'%s' says less than '%s', which names the same place or none: compatible", (place, code) => {
    expect(relation(place, code)).toEqual({ relation: "compatible", finer: "second" });
    expect(relation(code, place)).toEqual({ relation: "compatible", finer: "first" });
  });

  it.each([
    ["Terminal 2", "49A/T4"],
    ["Terminal 3", "Terminal 2 - 24"],
    ["Terminal 4", "Terminal 3"],
    ["Terminal 4", "Concourse 4"],
  ])("'%s' and '%s' name different places", (a, b) => {
    expect(relation(a, b).relation).toBe("different");
  });

  it("is the place a code's qualifier names by its initial: 'Terminal 4 - 49A' and '49A/T4' are one gate", () => {
    expect(relation("Terminal 4 - 49A", "49A/T4").relation).toBe("compatible");
    expect(relation("Terminal 3 - 49A", "49A/T4").relation).toBe("different");
  });

  it("is the same place however 'Terminal' is written", () => {
    expect(relation("Terminal 4", "Term 4")).toEqual({ relation: "same" });
  });

  it("lends a code in it half its weight, is confirmed by it, and never stands for a cluster that has a code", () => {
    expect(codeValues.support(readCode("Terminal 4"), readCode("47B/T4"), spec)).toBe(0.5);
    expect(codeValues.support(readCode("47B/T4"), readCode("Terminal 4"), spec)).toBe(1);
    expect(codeValues.combine([readCode("Terminal 4"), readCode("47B")], [9, 1], spec).written).toBe("47B");
  });

  it("shares a block with the codes it may be compatible with, and none with a code in another place", () => {
    const share = (a: string, b: string) => codeValues.blocks!(readCode(a), spec).some((k) => codeValues.blocks!(readCode(b), spec).includes(k));
    expect(share("Terminal 4", "47B/T4")).toBe(true);
    expect(share("Terminal 4", "47B")).toBe(true);
    expect(share("Terminal 4", "Terminal 4 - 49A")).toBe(true);
    expect(share("Terminal 4", "C20/C")).toBe(false);
  });
});

describe("code values that are remarks", () => {
  it.each(["Contact Airline", "Not provided by airline", "see agent"])("cannot read '%s': words with no digit are not an identifier", (written) => {
    expect(codeValues.failure(readCode(written))).toBe(`'${written}' is words, not a code`);
  });

  it.each(["Terminal A", "HOLD", "CHK", "Main Term - 9"])("still reads '%s'", (written) => {
    expect(codeValues.failure(readCode(written))).toBeUndefined();
  });
});
