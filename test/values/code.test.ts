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

describe("code values that are remarks", () => {
  it.each(["Contact Airline", "Not provided by airline", "see agent"])("cannot read '%s': words with no digit are not an identifier", (written) => {
    expect(codeValues.failure(readCode(written))).toBe(`'${written}' is words, not a code`);
  });

  it.each(["Terminal A", "HOLD", "CHK", "Main Term - 9"])("still reads '%s'", (written) => {
    expect(codeValues.failure(readCode(written))).toBeUndefined();
  });
});
