import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveClaims } from "../../src/engine/resolve.js";
import type { ResolvedClaim } from "../../src/engine/types.js";
import { clusterValues } from "../../src/values/cluster.js";
import { codeValues, type ResolvedCode } from "../../src/values/code.js";
import { moduleFor } from "../../src/values/index.js";
import { corpusOf } from "../helpers.js";

type Written =
  | { readonly type: "date"; readonly value: string }
  | { readonly type: "code" | "text"; readonly value: string }
  | { readonly type: "number"; readonly value: number }
  | { readonly type: "names"; readonly expr: string };

/** Claims of one group, one per value, each from its own source, in the order given. */
function claimsOf(values: readonly Written[], tolerance?: number): ResolvedClaim[] {
  const type = values[0]!.type;
  const corpus = corpusOf({
    format: "corroborate/v1",
    sources: values.map((_, i) => ({ id: `s${i}`, outlet: `S${i}`, publishedAt: "2023-06-01" })),
    predicates: { p: { type, ...(tolerance !== undefined && { tolerance }) } },
    claims: values.map((value, i) => ({ id: `c${i}`, source: `s${i}`, subject: "x", predicate: "p", value, quote: "q" })),
  });
  return [...resolveClaims(corpus).claims];
}

/** The clusters as sets of written values: what the verdict depends on, not the positions. */
function verdict(claims: readonly ResolvedClaim[]) {
  const spec = { type: claims[0]!.value.type, cardinality: "one" as const, changesOverTime: false, declared: true };
  return clusterValues(claims, spec)
    .map((c) => ({ value: c.value, written: c.claims.map((x) => x.value.written).sort() }))
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
}

const codeSpec = { type: "code" as const, cardinality: "one" as const, changesOverTime: false, declared: true };

describe("clustering", () => {
  it("does not depend on the order claims come in (dates of every precision)", () => {
    const date = fc.oneof(
      fc.constantFrom("2023", "2024"),
      fc.constantFrom("2023-03", "2023-04", "2024-03"),
      fc.constantFrom("2023-03-19", "2023-03-20", "2023-04-02", "2024-03-19"),
    );
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 12 }), (dates) => {
        const values = dates.map((value) => ({ type: "date" as const, value }));
        const reversed = [...values].reverse();
        const rotated = [...values.slice(1), values[0]!];
        const expected = verdict(claimsOf(values));
        expect(verdict(claimsOf(reversed))).toEqual(expected);
        expect(verdict(claimsOf(rotated))).toEqual(expected);
      }),
      { numRuns: 200, seed: 42 },
    );
  });

  it("does not depend on the order claims come in (numbers within a tolerance, codes, texts)", () => {
    const pick = fc.oneof(
      fc.array(fc.integer({ min: 170, max: 180 }), { minLength: 1, maxLength: 10 }).map((xs) => xs.map((value) => ({ type: "number" as const, value }))),
      fc.array(fc.constantFrom("C18", "c-18", "Term C - C18", "C19", "Gate 7", "7"), { minLength: 1, maxLength: 10 }).map((xs) => xs.map((value) => ({ type: "code" as const, value }))),
      fc.array(fc.constantFrom("camps in the north", "Camps in the North.", "camps in the south", "camp in the north"), { minLength: 1, maxLength: 10 }).map((xs) => xs.map((value) => ({ type: "text" as const, value }))),
    );
    fc.assert(
      fc.property(pick, (values) => {
        expect(verdict(claimsOf([...values].reverse(), 2))).toEqual(verdict(claimsOf(values, 2)));
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("lets a month join the day it contains, but not a second day that contradicts the first", () => {
    const clusters = clusterValues(
      claimsOf([{ type: "date", value: "2023-03" }, { type: "date", value: "2023-03-19" }, { type: "date", value: "2023-03-19" }, { type: "date", value: "2023-03-20" }]),
      { type: "date", cardinality: "one", changesOverTime: false, declared: true },
    );
    expect(clusters.map((c) => [c.value, c.claims.map((x) => x.claim.id)])).toEqual([
      ["2023-03-19", ["c0", "c1", "c2"]],
      ["2023-03-20", ["c3"]],
    ]);
  });

  it.each([
    [["Terminal 2", "24", "Terminal 3 - 24"]],
    [["Terminal C", "C18", "Term B - C18"]],
    [["Terminal 3 - 24", "24", "Terminal 2"]],
    [["24", "Terminal 2", "Terminal 3 - 24", "24"]],
  ])("never chains two codes that contradict each other through a bare code compatible with both: %j", (written) => {
    const clusters = verdict(claimsOf(written.map((value) => ({ type: "code" as const, value }))));
    expect(clusters.length).toBe(2);
    for (const cluster of clusters) {
      const members = cluster.written.map((w) => claimsOf([{ type: "code", value: w }])[0]!.value);
      for (const a of members) for (const b of members) expect(codeValues.compare(a as ResolvedCode, b as ResolvedCode, codeSpec).relation).not.toBe("different");
    }
  });

  it("keeps every member of a cluster same-or-compatible with every other, whatever the order (codes, dates, numbers within a tolerance)", () => {
    const pick = fc.oneof(
      fc.array(fc.constantFrom("Terminal 2", "Terminal 3", "24", "Terminal 3 - 24", "Term 2 - 24", "24/T2", "Terminal C", "C18", "Term B - C18", "Gate 24"), { minLength: 1, maxLength: 10 })
        .map((xs) => xs.map((value) => ({ type: "code" as const, value }))),
      fc.array(fc.constantFrom("2023", "2023-03", "2023-03-19", "2023-03-20", "2023-04"), { minLength: 1, maxLength: 10 }).map((xs) => xs.map((value) => ({ type: "date" as const, value }))),
      fc.array(fc.integer({ min: 170, max: 180 }), { minLength: 1, maxLength: 10 }).map((xs) => xs.map((value) => ({ type: "number" as const, value }))),
    );
    fc.assert(
      fc.property(pick, (values) => {
        const type = values[0]!.type;
        const spec = { type, cardinality: "one" as const, changesOverTime: false, declared: true, tolerance: 2 };
        const module = moduleFor(type);
        const clusters = clusterValues(claimsOf(values, 2), spec);
        for (const cluster of clusters) {
          for (const a of cluster.claims) for (const b of cluster.claims) expect(module.compare(a.value as never, b.value as never, spec).relation).not.toBe("different");
        }
        const sets = (cs: typeof clusters) => cs.map((c) => c.claims.map((x) => x.value.written).sort().join("|")).sort();
        expect(sets(clusterValues(claimsOf([...values].reverse(), 2), spec))).toEqual(sets(clusters));
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it("keeps author lists that each leave out a name together with the list that names both (nothing contradicts)", () => {
    const lists = ["Dov Jacobson; Jesse Jacobson", "Jacobson, Dov; Jacobson, Jesse", "Jacobson, Dov", "Jacobson, Jesse", "JACOBSON"];
    const spec = { type: "names" as const, cardinality: "one" as const, changesOverTime: false, declared: true };
    for (const order of [lists, [...lists].reverse()]) {
      const clusters = clusterValues(claimsOf(order.map((expr) => ({ type: "names" as const, expr }))), spec);
      expect(clusters.map((c) => c.value)).toEqual([["Dov Jacobson", "Jesse Jacobson"]]);
    }
  });

  it("keeps apart two lists that each name one author when no list names both: one says Dov, the other Jesse", () => {
    const spec = { type: "names" as const, cardinality: "one" as const, changesOverTime: false, declared: true };
    const clusters = clusterValues(claimsOf([{ type: "names", expr: "Jacobson, Dov" }, { type: "names", expr: "Jacobson, Jesse" }]), spec);
    expect(clusters.map((c) => c.value)).toEqual([["Dov Jacobson"], ["Jesse Jacobson"]]);
  });

  it("hands rules frozen clusters", () => {
    const [cluster] = clusterValues(claimsOf([{ type: "code", value: "A12" }, { type: "code", value: "A-12" }]), { type: "code", cardinality: "one", changesOverTime: false, declared: true });
    expect(Object.isFrozen(cluster)).toBe(true);
    expect(Object.isFrozen(cluster!.claims)).toBe(true);
    expect(Object.isFrozen(cluster!.resolved)).toBe(true);
    expect(cluster!.value).toBe("A-12");
  });
});
