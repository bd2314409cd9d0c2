import { describe, expect, it } from "vitest";
import { itemKey, type RawClaim } from "../../../scripts/truth/claims.js";
import { consensusOf, keyedItems, keySupport, majority } from "../../../scripts/truth/direct.js";
import { accuracy, consensusAnswers, describeCases, merges, percent, readings, shares, type ReportLike } from "../../../scripts/truth/score.js";

function claim(id: string, source: string, key: string | undefined, subject = "f@2011-12-01", predicate = "actualDeparture"): RawClaim {
  return { id, source, subject, predicate, written: key ?? "Terminal 3", key };
}

describe("accuracy against gold values", () => {
  const gold = { values: new Map([[itemKey("s1", "p"), "a"], [itemKey("s2", "p"), "b"], [itemKey("s3", "q"), "c"], [itemKey("s4", "q"), "d"]]), ambiguous: 0 };
  const answerable = new Set([itemKey("s1", "p"), itemKey("s2", "p"), itemKey("s3", "q")]);

  it("counts right answers per predicate and overall, over the gold values something can be chosen for", () => {
    const answers = new Map([[itemKey("s1", "p"), "a"], [itemKey("s2", "p"), "x"], [itemKey("s3", "q"), "c"]]);
    const score = accuracy(gold, answerable, (item) => answers.get(item));
    expect(Object.fromEntries(score)).toEqual({ overall: { right: 2, total: 3 }, p: { right: 1, total: 2 }, q: { right: 1, total: 1 } });
    expect(percent(score.get("overall")!)).toBe("66.7%");
    expect(percent({ right: 0, total: 0 })).toBe("–");
  });
});

describe("majority vote", () => {
  it("takes each source's first value of an item, and the value the most sources state; a tie goes to the first stated", () => {
    const items = keyedItems([claim("1", "a", "x"), claim("2", "b", "y"), claim("3", "a", "y"), claim("4", "c", "y"), claim("5", "d", undefined)]);
    expect(items).toEqual([{ subject: "f@2011-12-01", predicate: "actualDeparture", values: ["x", "y"], sources: [["a"], ["b", "c"]], written: [["x"], ["y", "y"]] }]);
    expect(majority(items[0]!)).toBe("y");
    expect(majority({ values: ["x", "y"], sources: [["a"], ["b"]] })).toBe("x");
  });
});

describe("consensus on normalised claims", () => {
  it("runs the algorithm on the keyed items and answers with keys", () => {
    const items = keyedItems([claim("1", "a", "2011-12-01T14:07"), claim("2", "b", "2011-12-01T14:07"), claim("3", "c", "2011-12-01T12:57")]);
    const { answers } = consensusOf(items, keySupport);
    expect(answers.get(itemKey("f@2011-12-01", "actualDeparture"))?.value).toBe("2011-12-01T14:07");
  });

  it("lends weight between near times, from an incomplete author list to the whole, from a bare gate to its lettered form", () => {
    expect(keySupport("actualDeparture", "2011-12-01T14:06", "2011-12-01T14:07")).toBe(0.5);
    expect(keySupport("actualDeparture", "2011-12-01T14:02", "2011-12-01T14:07")).toBe(0);
    expect(keySupport("authors", "knuth", "knuth|patashnik")).toBe(0.5);
    expect(keySupport("authors", "knuth|patashnik", "knuth")).toBe(0);
    expect(keySupport("departureGate", "37", "A37")).toBe(0.5);
    expect(keySupport("departureGate", "A37", "37")).toBe(0);
    expect(keySupport("departureGate", "A37", "B37")).toBe(0);
  });
});

describe("the shares that judge a report", () => {
  const claims = [
    claim("a1", "a", "2011-12-01T14:07"),
    claim("b1", "b", "2011-12-01T14:07"),
    claim("c1", "c", "2011-12-01T12:57"),
    claim("d1", "d", undefined),
    claim("a2", "a", "C18", "f@2011-12-01", "departureGate"),
    claim("b2", "b", "C18", "f@2011-12-01", "departureGate"),
  ];
  const report: ReportLike = {
    findings: [
      // A real discrepancy, and a cluster that merged 14:07 with 12:57.
      { rule: "datetime-conflict", kind: "discrepancy", subject: "f@2011-12-01", predicate: "actualDeparture", claims: ["a1", "b1", "c1"], clusters: [{ claims: ["a1", "c1"] }, { claims: ["b1"] }] },
      // "Term C - C18" against "C18": formatting only.
      { rule: "code-conflict", kind: "discrepancy", subject: "f@2011-12-01", predicate: "departureGate", claims: ["a2", "b2"], clusters: [{ claims: ["a2"] }, { claims: ["b2"] }] },
      // A single-source note although b states the same value as a.
      { rule: "single-source", kind: "note", subject: "f@2011-12-01", predicate: "actualDeparture", claims: ["a1"] },
      // A single-source note that is right: nobody else says 12:57.
      { rule: "single-source", kind: "note", subject: "f@2011-12-01", predicate: "actualDeparture", claims: ["c1"] },
    ],
  };

  it("counts formatting-only discrepancies, merging clusters and false single-source notes, each out of its kind", () => {
    const { cases, ...counts } = shares(report, claims);
    expect(counts).toEqual({
      formattingOnly: { right: 1, total: 2 },
      mergedClusters: { right: 1, total: 4 },
      falseSingleSource: { right: 1, total: 2 },
    });
    expect(cases.map((c) => [c.measure, c.predicate, c.clusters.map((k) => k.claims.map((x) => x.source).join(""))])).toEqual([
      ["merges different values", "actualDeparture", ["ac"]],
      ["formatting only", "departureGate", ["a", "b"]],
      ["false single source", "actualDeparture", ["a"]],
    ]);
  });

  it("lists each offending case with its clusters, every claim as written beside its gold reading", () => {
    const text = describeCases([
      { measure: "formatting only", subject: "f@2011-12-01", predicate: "departureGate", clusters: [
        { value: "C18", claims: [{ source: "a", written: "Term C - C18", key: "C18" }] },
        { value: "C-18", claims: [{ source: "b", written: "Raskin Jef", key: "jef", otherKey: "raskin" }] },
      ] },
    ]);
    expect(text).toBe(
      '## formatting only: f@2011-12-01 departureGate\n  cluster "C18"\n    a: "Term C - C18" → C18\n  cluster "C-18"\n    b: "Raskin Jef" → jef (or raskin)\n\n',
    );
  });

  it("lets a cluster hold incomplete author lists with the list that names them all, but not lists no one list covers", () => {
    expect(merges("authors", ["dean", "allen", "allen|aloimonos|dean"])).toBe(false);
    expect(merges("authors", ["dean", "allen"])).toBe(true);
    expect(merges("authors", ["knuth", "fuller|graham"])).toBe(true);
    expect(merges("actualDeparture", ["2011-12-01T14:07", "2011-12-01T14:07"])).toBe(false);
    expect(merges("actualDeparture", ["2011-12-01T14:07", "2011-12-01T14:08"])).toBe(true);
  });
});

describe("the report's consensus", () => {
  it("is read back through the gold normaliser, by item", () => {
    const answers = consensusAnswers(
      [
        { subject: "s", predicate: "authors", value: ["Donald E. Knuth", "Oren Patashnik"] },
        { subject: "t", predicate: "authors", value: [] },
      ],
      (_p, _s, value) => (Array.isArray(value) && value.length > 0 ? value.join("; ") : undefined),
    );
    expect([...answers]).toEqual([[itemKey("s", "authors"), "Donald E. Knuth; Oren Patashnik"]]);
  });
});

describe("readings of claims whose cell may mean two things", () => {
  it("take the other reading when it, and not the usual one, agrees with what most claims state", () => {
    expect(readings([{ key: "raskin" }, { key: "raskin" }, { key: "jef", otherKey: "raskin" }])).toEqual(["raskin", "raskin", "raskin"]);
  });

  it("keep the usual reading otherwise, and leave out cells with no readable value", () => {
    expect(readings([{ key: "knuth" }, { key: "fuller", otherKey: "donald" }, { key: undefined }])).toEqual(["knuth", "fuller"]);
  });

  it("reads a cell in doubt against the last names the item's other cells state, each name on its own", () => {
    const attested = new Map([["hofmann", 5], ["beaumont", 3], ["markus", 1]]);
    const cell = { key: "hofmann|lee", otherKey: "beaumont|markus", doubts: [{ usual: "hofmann", other: "markus" }, { usual: "lee", other: "beaumont" }] };
    expect(readings([cell], attested)).toEqual(["beaumont|hofmann"]);
    // Without per-name doubts, the whole other reading when it names fewer people no other cell states.
    expect(readings([{ key: "carrie|david", otherKey: "anderson|wendelken" }], new Map([["anderson", 2], ["wendelken", 1]]))).toEqual(["anderson|wendelken"]);
    expect(readings([{ key: "grau|lynn|roper", otherKey: "carl|fischer|grau" }], new Map([["roper", 2], ["fischer", 1], ["grau", 2]]))).toEqual(["grau|lynn|roper"]);
  });
});
