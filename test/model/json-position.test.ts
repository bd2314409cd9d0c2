import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { locateJsonError } from "../../src/model/json-position.js";

describe("locateJsonError", () => {
  it.each([
    ['{"a": }', 6],
    ['{"a": 1,}', 8],
    ["[1, 2", 5],
    ['{"a" 1}', 5],
    ["{} x", 3],
  ])("finds the error in %s at offset %i", (text, offset) => {
    expect(locateJsonError(text)).toBe(offset);
  });

  it("finds nothing wrong in valid JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(locateJsonError(JSON.stringify(value, null, 1))).toBe(-1);
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it("finds an error in every truncated document that JSON.parse rejects", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value);
        const truncated = text.slice(0, cut % Math.max(1, text.length));
        let valid = true;
        try {
          JSON.parse(truncated);
        } catch {
          valid = false;
        }
        if (!valid && truncated.trim() !== "") expect(locateJsonError(truncated)).toBeGreaterThanOrEqual(0);
      }),
      { seed: 4, numRuns: 300 },
    );
  });
});
