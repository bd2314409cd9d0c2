import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberValues, type ResolvedNumber } from "../../src/values/number.js";

const read = (value: number, unit?: string): ResolvedNumber => numberValues.read({ type: "number", value, ...(unit !== undefined && { unit }) }, { publishedAt: null, context: "", identify: () => undefined, memo: new Map() } as never) as ResolvedNumber;
const spec = (tolerance?: number) => ({ type: "number" as const, cardinality: "one" as const, changesOverTime: false, declared: true, ...(tolerance !== undefined && { tolerance }) });

describe("number blocks", () => {
  it("never keep apart two numbers within the tolerance (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0.001, max: 50, noNaN: true }), (x, share, tolerance) => {
        const a = read(x);
        const b = read(x + share * tolerance);
        if (numberValues.compare(a, b, spec(tolerance)).relation !== "same") return;
        const shared = numberValues.blocks!(a, spec(tolerance)).filter((k) => numberValues.blocks!(b, spec(tolerance)).includes(k));
        expect(shared.length).toBeGreaterThan(0);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });

  it("keep numbers in different units, or far apart, in different blocks", () => {
    const blocks = (n: number, unit?: string, tolerance?: number) => numberValues.blocks!(read(n, unit), spec(tolerance));
    expect(blocks(175, "parties").some((k) => blocks(175, "countries").includes(k))).toBe(false);
    expect(blocks(175, undefined, 5).some((k) => blocks(195, undefined, 5).includes(k))).toBe(false);
    expect(blocks(175).some((k) => blocks(176).includes(k))).toBe(false);
    expect(blocks(175)).toEqual(blocks(175));
  });
});
