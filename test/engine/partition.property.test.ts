import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check, type CheckOptions } from "../../src/engine/check.js";
import { checkPartition, consensusOfPartitions, preparePartition } from "../../src/engine/check-partition.js";
import { defineRule } from "../../src/engine/define-rule.js";
import { mergeReports } from "../../src/engine/merge-reports.js";
import { combineCensus, partitionCorpus, subjectPartition } from "../../src/engine/partition.js";
import type { Corpus } from "../../src/model/types.js";
import { formatJson, formatJsonStream } from "../../src/report/json.js";
import { formatNdjson, formatNdjsonStream } from "../../src/report/ndjson.js";
import { BUNDLED, ROOT, corpusOf, readJson } from "../helpers.js";

// Seeded so every run checks the same cases: tests are deterministic.
const settings = { seed: 20261124, numRuns: 60 };

/** Split, check each partition, merge: the report a cluster of machines would write. */
function checkSplit(corpus: Corpus, count: number, assign?: (subject: string, count: number) => number, options: CheckOptions = {}) {
  const prepared = partitionCorpus(corpus, count, assign).map((p) => preparePartition(p));
  const census = combineCensus(prepared.map((p) => p.census));
  const consensus = consensusOfPartitions(prepared);
  // Partial reports travel as JSON between machines: make sure nothing is lost on the way.
  const parts = prepared.map((p, i) => JSON.parse(JSON.stringify(checkPartition(p, census, consensus[i]!, options))));
  return { json: () => [...formatJsonStream(mergeReports(parts))].join(""), ndjson: () => [...formatNdjsonStream(mergeReports(parts.reverse()))].join("") };
}

const SOURCES = ["reuters", "ap", "afp", "bbc", "wire-copy", "copycat"];
const SUBJECTS = ["summit", "strike", "election", "flood", "treaty", "trial", "launch", "merger"];

/** Values of each type, a few alike and a few not, so clusters, agreements and conflicts all occur. */
const VALUES: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  date: fc.constantFrom("2023-03-19", "2023-03", "2023-03-20", "2024", "2023-03-18").map((value) => ({ type: "date", value })),
  dateWords: fc.constantFrom("on Sunday", "yesterday", "in March", "last week").map((expr) => ({ type: "date", expr })),
  number: fc.integer({ min: 98, max: 104 }).map((value) => ({ type: "number", value, unit: "people" })),
  entity: fc.constantFrom("Qasim al-Araji", "Qassem al-Araji", "John Kerry", "John Kelly", "Ban Ki-moon").map((value) => ({ type: "entity", value })),
  text: fc.constantFrom("camps near the border", "camps near the borders", "a mountain area").map((value) => ({ type: "text", value })),
  status: fc.constantFrom("not-started", "in-progress", "complete").map((value) => ({ type: "status", value })),
  code: fc.constantFrom("A12", "a-12", "Gate A12", "B7").map((value) => ({ type: "code", value })),
  datetime: fc.constantFrom("2011-12-01T14:07", "2011-12-01T14:08", "2011-12-01T16:30-05:00").map((value) => ({ type: "datetime", value })),
};
const PREDICATES: Record<string, { spec: Record<string, unknown>; values: string[] }> = {
  heldOn: { spec: { type: "date", cardinality: "one" }, values: ["date", "dateWords"] },
  casualties: { spec: { type: "number", cardinality: "one", tolerance: 1 }, values: ["number"] },
  ledBy: { spec: { type: "entity", cardinality: "one" }, values: ["entity"] },
  signatory: { spec: { type: "entity", cardinality: "many" }, values: ["entity"] },
  relocatedTo: { spec: { type: "text", cardinality: "one" }, values: ["text"] },
  progress: { spec: { type: "status", cardinality: "one", changesOverTime: true }, values: ["status"] },
  deadline: { spec: { type: "date", cardinality: "one", role: "deadline" }, values: ["date"] },
  gate: { spec: { type: "code", cardinality: "one" }, values: ["code"] },
  departed: { spec: { type: "datetime", cardinality: "one", tolerance: 1 }, values: ["datetime"] },
};

/** Claims about a few of the subjects and predicates, so that groups have several claims: agreements, conflicts, trust and copying all occur. */
const claimArb = (subjects: readonly string[], predicates: readonly string[]) => fc
  .record({
    source: fc.constantFrom("reuters", "ap", "afp", "afp", "bbc", "wire-copy"),
    subject: fc.constantFrom(...subjects),
    predicate: fc.constantFrom(...predicates),
    asOf: fc.option(fc.constantFrom("2023-09-01", "2023-09-23", "2024-09-11"), { nil: undefined }),
    quote: fc.constantFrom("The officials said so at a press conference held in the capital on the day", "a short quote", "Witnesses told reporters what they had seen"),
    pick: fc.nat(),
    copied: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
  })
  .chain((c) => VALUES[PREDICATES[c.predicate]!.values[c.pick % PREDICATES[c.predicate]!.values.length]!]!.map((value) => ({ ...c, value })));

const corpusArb = fc
  .tuple(fc.subarray(SUBJECTS, { minLength: 1 }), fc.subarray(Object.keys(PREDICATES), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 150 }))
  .chain(([subjects, predicates, size]) => fc.array(claimArb(subjects, predicates), { minLength: size, maxLength: size }))
  // "copycat" repeats much of what "afp" says.
  .map((claims) => claims.flatMap((c) => (c.source === "afp" && c.copied ? [c, { ...c, source: "copycat" }] : [c])))
  .map((claims) =>
    corpusOf({
      format: "corroborate/v1",
      title: "Random stories",
      sources: SOURCES.map((id, i) => ({ id, outlet: id.toUpperCase(), publishedAt: ["2023-03-21", "2023-09", null, "2024-09-12", "2023-03-21", "2023"][i], ...(id === "wire-copy" && { republishes: "ap" }) })),
      entities: [{ id: "araji", names: ["Qasim al-Araji"] }],
      predicates: Object.fromEntries(Object.entries(PREDICATES).map(([name, p]) => [name, p.spec])),
      claims: claims.map((c, i) => ({
        id: `c${i}`,
        source: c.source,
        subject: c.subject,
        predicate: c.predicate,
        value: c.value,
        quote: c.quote,
        ...(c.asOf !== undefined && PREDICATES[c.predicate]!.spec.changesOverTime === true && { asOf: { type: "date", value: c.asOf } }),
      })),
    }),
  );

/** Twelve events; "a" is wrong about every third, and "copier" repeats "a", mistakes included. */
function copyingCorpus(): Corpus {
  const claims = Array.from({ length: 12 }, (_, i) => {
    const truth = `2023-01-${String(i + 1).padStart(2, "0")}`;
    const a = i % 3 === 0 ? `2024-06-${String(i + 1).padStart(2, "0")}` : truth;
    const said = { h1: truth, h2: truth, h3: i % 5 === 0 ? "2022-12-31" : truth, a, copier: a };
    return Object.entries(said).map(([source, value]) => ({ id: `${source}-${i}`, source, subject: `event-${i}`, predicate: "heldOn", value: { type: "date", value }, quote: `held on ${value}` }));
  }).flat();
  return corpusOf({
    format: "corroborate/v1",
    sources: ["h1", "h2", "h3", "a", "copier"].map((id) => ({ id, outlet: id })),
    predicates: { heldOn: { type: "date", cardinality: "one" } },
    claims,
  });
}

const subjectPartitionOf = (subject: string, count: number, choose: (s: string) => number) => choose(subject) % count;

describe("a corpus split by subject, checked partition by partition and merged", () => {
  it("gives the report of the whole corpus, byte for byte, for any corpus, number of partitions and assignment", () => {
    const seen = { discrepancies: 0, agreements: 0, trusted: 0, split: 0 };
    fc.assert(
      fc.property(corpusArb, fc.integer({ min: 1, max: 6 }), fc.func(fc.nat()), (corpus, count, choose) => {
        const expected = check(corpus);
        const split = checkSplit(corpus, count, (subject) => subjectPartitionOf(subject, count, choose));
        expect(split.json()).toBe(formatJson(expected));
        expect(split.ndjson()).toBe(formatNdjson(expected));
        seen.discrepancies += expected.summary.discrepancies;
        seen.agreements += expected.summary.agreements;
        seen.trusted += expected.sources.filter((s) => s.trust !== undefined).length;
        if (new Set(corpus.claims.map((c) => subjectPartitionOf(c.subject, count, choose))).size > 1) seen.split++;
      }),
      settings,
    );
    // The corpora were rich enough to prove something: conflicts, agreements and learned trust, spread over several partitions (copying: the next test).
    expect(Object.values(seen).every((n) => n > 0)).toBe(true);
  });

  it("gives the report of a corpus with a copier, whose evidence is spread over every partition", () => {
    const corpus = copyingCorpus();
    const expected = check(corpus);
    expect(expected.sources.find((s) => s.id === "copier")?.dependsOn).toEqual([{ source: "a", probability: expect.any(Number) }]);
    for (let count = 2; count <= 6; count++) expect(checkSplit(corpus, count).json()).toBe(formatJson(expected));
  });

  it.each([
    ["the bundled corpus", BUNDLED],
    ["the Paris corpus", `${ROOT}test/fixtures/paris-agreement.json`],
    ["a corpus with every value type", `${ROOT}test/fixtures/model/real-values.json`],
    ["the departures corpus", `${ROOT}test/fixtures/departures.json`],
  ])("gives the report of %s, for 1 to 5 partitions", (_, file) => {
    const corpus = corpusOf(readJson(file));
    const expected = formatJson(check(corpus));
    for (let count = 1; count <= 5; count++) expect(checkSplit(corpus, count).json()).toBe(expected);
  });

  it("keeps every claim of a subject in one partition, and every claim somewhere", () => {
    const corpus = corpusOf(readJson(BUNDLED));
    const parts = partitionCorpus(corpus, 3);
    expect(parts.flatMap((p) => p.positions).sort((a, b) => a - b)).toEqual(corpus.claims.map((_, i) => i));
    for (const p of parts) {
      for (const c of p.corpus.claims) expect(subjectPartition(c.subject, 3)).toBe(parts.indexOf(p));
      expect(p.corpus.sources).toBe(corpus.sources);
    }
  });

  it("refuses a rule that needs the whole corpus on a partition of it", () => {
    const whole = defineRule({ id: "whole-corpus", meta: { description: "test", messages: { m: "m" }, scope: "corpus" }, create() {} });
    const corpus = corpusOf(readJson(BUNDLED));
    expect(() => checkSplit(corpus, 2, undefined, { extraRules: [whole] })).toThrow(/whole-corpus.*partition/);
    expect(checkSplit(corpus, 1, undefined, { extraRules: [whole] }).json()).toBe(formatJson(check(corpus, { extraRules: [whole] })));
  });

  it("refuses positions that do not fit the partition's claims", () => {
    const corpus = corpusOf(readJson(BUNDLED));
    expect(() => preparePartition({ corpus, positions: [0, 1] })).toThrow(RangeError);
    expect(() => preparePartition({ corpus, positions: corpus.claims.map(() => 0) })).toThrow(/increasing/);
    expect(() => partitionCorpus(corpus, 0)).toThrow(RangeError);
    expect(() => mergeReports([])).toThrow(RangeError);
  });
});
