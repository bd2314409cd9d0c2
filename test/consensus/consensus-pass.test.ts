/**
 * The consensus pass of a check (src/engine/consensus.ts): how a corpus's
 * groups, clusters and quotes become the truth-discovery problem, and what the
 * report's `consensus` says as a result.
 */
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/check.js";
import { corpusOf } from "../helpers.js";

type Row = readonly [source: string, subject: string, written: string, quote?: string];

/** A corpus of author lists (or gates) from rows of [store, book, cell as written, quote (the cell when absent)]. */
function corpus(rows: readonly Row[], type: "names" | "code" = "names") {
  const sources = [...new Set(rows.map(([s]) => s))].map((id) => ({ id, outlet: id }));
  return corpusOf({
    format: "corroborate/v1",
    sources,
    predicates: { authors: { type, cardinality: "one" } },
    claims: rows.map(([source, subject, written, quote], i) => ({
      id: `c${i}`,
      source,
      subject,
      predicate: "authors",
      value: type === "names" ? { type: "names", expr: written } : { type: "code", value: written },
      quote: quote ?? written,
    })),
  });
}

describe("the candidate values of a group", () => {
  it("are its clusters when of every two values one implies the other: a gate and the gate with its terminal answer together", () => {
    const [entry] = check(corpus([["a", "f", "39"], ["b", "f", "Terminal 8 - 39"], ["c", "f", "C44"]], "code")).consensus;
    expect(entry).toMatchObject({ value: "Terminal 8 - 39", claims: ["c0", "c1"] });
  });

  it("are the distinct lists of a cluster of rival author lists: a name two stores add does not ride on the five that list one", () => {
    const rows: Row[] = ["s1", "s2", "s3", "s4", "s5"].map((s) => [s, "book", "Brundage, Michael", `${s}: Brundage, Michael`]);
    rows.push(["s6", "book", "Peterson, Paul; Brundage, Michael"], ["s7", "book", "Paul Peterson, Michael Brundage"]);
    const [entry] = check(corpus(rows)).consensus;
    expect(entry).toMatchObject({ value: ["Michael Brundage"], claims: ["c0", "c1", "c2", "c3", "c4"] });
  });

  it("give the whole list when the stores that name more than one author agree on it", () => {
    const rows: Row[] = [
      ["s1", "book", "Kernighan, Brian"],
      ["s2", "book", "Brian Kernighan"],
      ["s3", "book", "Kernighan, Brian; Ritchie, Dennis"],
      ["s4", "book", "Brian W. Kernighan, Dennis M. Ritchie"],
      ["s5", "book", "Kernighan & Ritchie"],
    ];
    expect(check(corpus(rows)).consensus.map((e) => e.value)).toEqual([["Brian W. Kernighan", "Dennis M. Ritchie"]]);
  });
});

describe("wording", () => {
  /**
   * Forty books on which everybody agrees, then one more. Stores a1–a3 each
   * write lists their own way; f0–f4 carry one feed's text word for word.
   */
  function shelf(last: { readonly a: string; readonly f: string }): Row[] {
    const rows: Row[] = [];
    const own = (site: string, name: string) => (site === "a1" ? `${name}, Ann` : site === "a2" ? `Ann ${name}` : `${name}, Ann (Author)`);
    // Surnames Bakerab, Bakerac, …: letters only, each its own.
    const books: (readonly [string, string])[] = Array.from({ length: 40 }, (_, b) => [`book${b}`, `Baker${String.fromCharCode(97 + Math.floor(b / 26), 97 + (b % 26))}`] as const);
    books.push(["last", ""]);
    for (const [book, name] of books) {
      for (const site of ["a1", "a2", "a3"]) rows.push([site, book, own(site, name || last.a)]);
      for (const site of ["f0", "f1", "f2", "f3", "f4"]) rows.push([site, book, `${name || last.f}, Ann`, `[feed] ${name || last.f}, Ann`]);
    }
    return rows;
  }

  it("betrays a feed repeated word for word: its five copies count once against three stores that write for themselves", () => {
    const report = check(corpus(shelf({ a: "Young", f: "Zed" })));
    expect(report.consensus.find((e) => e.subject === "last")?.value).toEqual(["Ann Young"]);
    for (const copy of ["f1", "f2", "f3", "f4"]) expect(report.sources.find((s) => s.id === copy)?.dependsOn?.length).toBeGreaterThan(0);
    for (const own of ["a1", "a2", "a3"]) expect(report.sources.find((s) => s.id === own)?.dependsOn).toBeUndefined();
  });

  it("counts the copies once in the findings too, and says why: the discrepancy's clusters agree with consensus", () => {
    const report = check(corpus(shelf({ a: "Young", f: "Zed" })));
    const [discrepancy] = report.findings.filter((f) => f.subject === "last" && f.kind === "discrepancy");
    const feed = discrepancy!.clusters!.find((c) => c.sources.includes("f0"))!;
    const own = discrepancy!.clusters!.find((c) => c.sources.includes("a1"))!;
    expect(feed.sources).toHaveLength(5);
    expect(feed.independentSources).toBe(1);
    expect(own.independentSources).toBe(3);
    expect(report.consensus.find((e) => e.subject === "last")!.independentSources).toBe(own.independentSources);
    // One clause for the four copies of one feed, not one per pair.
    expect(discrepancy!.note).toMatch(/Counted once: (f\d, ){3}f\d and f\d copy one another \(consensus: 0\.\d\d( to 0\.\d\d)?\)\.$/);
  });

  it("never reports a trust or a copy probability of 1.00: a record of forty books is not certainty", () => {
    const report = check(corpus(shelf({ a: "Young", f: "Zed" })));
    const estimates = report.sources.flatMap((s) => [...(s.trust === undefined ? [] : [s.trust]), ...(s.dependsOn ?? []).map((d) => d.probability)]);
    expect(estimates.length).toBeGreaterThan(8);
    expect(Math.max(...estimates)).toBe(0.99);
  });

  it("is what makes the difference: the same five, each in its own words, outvote the three", () => {
    const rows = shelf({ a: "Young", f: "Zed" }).map(([s, book, written]) => [s, book, written, `${s}: ${written}`] as const);
    expect(check(corpus(rows)).consensus.find((e) => e.subject === "last")?.value).toEqual(["Ann Zed"]);
  });
});

describe("a group of very many distinct values", () => {
  it("is still answered, its values weighed without a square table of support", () => {
    const rows: Row[] = Array.from({ length: 300 }, (_, i) => [`s${i}`, "f", `G${i}`] as const);
    rows.push(["t1", "f", "G7"], ["t2", "f", "G7"]);
    const [entry] = check(corpus(rows, "code")).consensus;
    expect(entry).toMatchObject({ value: "G7", claims: ["c7", "c300", "c301"] });
  });
});

describe("a tie", () => {
  it("names no most likely value: one store against one gets no consensus entry and an undecided discrepancy", () => {
    const report = check(corpus([["s1", "book", "George H. W. Bush"], ["s2", "book", "George W. Bush"]]));
    expect(report.consensus.filter((e) => e.subject === "book")).toEqual([]);
    const [discrepancy] = report.findings.filter((f) => f.kind === "discrepancy");
    expect(discrepancy).toMatchObject({ messageId: "conflictUndecided", claims: ["c0", "c1"] });
  });

  it("is broken by a third source, whichever order the claims come in", () => {
    const rows: Row[] = [["s1", "book", "George H. W. Bush"], ["s2", "book", "George W. Bush"], ["s3", "book", "Bush, George W."]];
    for (const order of [rows, [...rows].reverse()]) {
      expect(check(corpus(order)).consensus.find((e) => e.subject === "book")?.value).toEqual(["George W. Bush"]);
    }
  });
});

describe("an aggregator that copies two sources", () => {
  it("does not make them one: a value the two and the aggregator state has two independent sources", () => {
    // a copies b on f1–f10 and c on f11–f20, errors included; three accurate stores state every gate.
    const claims: Record<string, unknown>[] = [];
    const say = (source: string, subject: string, value: number) =>
      claims.push({ id: `k${claims.length}`, source, subject, predicate: "gate", value: { type: "number", value }, quote: `gate ${value}` });
    for (let i = 1; i <= 20; i++) {
      for (const t of ["t1", "t2", "t3"]) say(t, `f${i}`, 10);
      const value = i % 3 === 0 ? 10 + i : 10;
      say(i <= 10 ? "b" : "c", `f${i}`, value);
      say("a", `f${i}`, value);
    }
    for (const s of ["a", "b", "c"]) say(s, "f21", 7);
    const report = check(
      corpusOf({
        format: "corroborate/v1",
        sources: ["t1", "t2", "t3", "b", "c", "a"].map((id) => ({ id, outlet: id.toUpperCase(), publishedAt: "2020-01-01" })),
        predicates: { gate: { type: "number", cardinality: "one" } },
        claims,
      }),
    );
    expect(report.sources.find((s) => s.id === "a")?.dependsOn?.map((d) => d.source).sort()).toEqual(["b", "c"]);
    const f21 = report.findings.filter((f) => f.subject === "f21");
    expect(f21.map((f) => f.rule)).toEqual(["number-consistency"]);
    expect(f21[0]).toMatchObject({ kind: "agreement", clusters: [{ independentSources: 2 }] });
    expect(report.consensus.find((e) => e.subject === "f21")?.independentSources).toBe(2);
  });
});
