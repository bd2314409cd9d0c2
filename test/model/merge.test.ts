import { describe, expect, it } from "vitest";
import { parseCorpora, type NamedDocument, type ParseCorporaResult } from "../../src/model/merge.js";
import { jsonCorpusReader, ndjsonCorpusReader } from "../../src/model/stream-reader.js";
import { minimalCorpus } from "../helpers.js";

function second(): Record<string, unknown> {
  return {
    format: "corroborate/v1",
    sources: [{ id: "c", outlet: "Outlet C", publishedAt: "2016-04-23" }],
    claims: [{ id: "c1", source: "c", subject: "paris-agreement", predicate: "signedOn", value: { type: "date", value: "2016-04-22" }, quote: "on Friday" }],
  };
}

/** A document as the command line hands it over: read from its text, with the origin the reader found. */
function read(name: string, text: string): NamedDocument {
  const reader = name.endsWith(".ndjson") ? ndjsonCorpusReader() : jsonCorpusReader();
  reader.push(text);
  const result = reader.end();
  if (!result.ok) throw new Error(result.message);
  return { name, json: result.document, origin: result.origin };
}

const lines = (result: ParseCorporaResult) =>
  result.ok ? [] : result.problems.map((p) => `${p.file}${p.line === undefined ? "" : `:${p.line}`}: ${p.path}: ${p.message}`);

describe("parseCorpora", () => {
  it("merges several documents into one corpus", () => {
    const result = parseCorpora([{ name: "a.json", json: minimalCorpus() }, { name: "b.json", json: second() }]);
    expect(result.ok && result.corpus.claims.map((c) => c.id)).toEqual(["a1", "b1", "c1"]);
  });

  it("names the document and the path of each problem", () => {
    const bad = second();
    (bad.claims as any[])[0].source = "missing";
    const result = parseCorpora([{ name: "a.json", json: minimalCorpus() }, { name: "b.json", json: bad }]);
    expect(lines(result)).toEqual(['b.json: claims[0].source: no source has the id "missing"']);
  });

  it("reports ids used in two documents in the second one's terms", () => {
    const dup = second();
    (dup.claims as any[])[0].id = "a1";
    const result = parseCorpora([{ name: "a.json", json: minimalCorpus() }, { name: "b.json", json: dup }]);
    expect(lines(result)).toEqual(['b.json: claims[0].id: duplicate claim id "a1" (already used by claims[0] of a.json)']);
  });
});

describe("predicate declarations in several documents", () => {
  const declaring = (spec: object) => ({ ...second(), predicates: { signedOn: spec } });

  it("agree when they mean the same: key order, an explicit default and a description do not matter", () => {
    const result = parseCorpora([
      { name: "a.json", json: minimalCorpus() }, // { type: "date", cardinality: "one" }
      { name: "b.json", json: declaring({ changesOverTime: false, cardinality: "one", type: "date", description: "the day it was signed" }) },
      { name: "c.json", json: { ...declaring({ type: "date" }), sources: [{ id: "d", outlet: "D" }], claims: [] } },
    ]);
    expect(lines(result)).toEqual([]);
    expect(result.ok && result.corpus.predicates.signedOn).toEqual({ type: "date", cardinality: "one", changesOverTime: false, declared: true });
  });

  it("differ when a field that gives them meaning differs, and the problem names both files and the field", () => {
    const result = parseCorpora([{ name: "a.json", json: minimalCorpus() }, { name: "b.json", json: declaring({ type: "date", cardinality: "many" }) }]);
    expect(lines(result)).toEqual([
      'b.json: predicates.signedOn.cardinality: the predicate "signedOn" is declared differently in a.json: its cardinality is "many" here and "one" there',
    ]);
  });

  it("name the line of an NDJSON declaration", () => {
    const a = read("a.ndjson", '{"corpus":{"format":"corroborate/v1"}}\n{"predicate":{"name":"count","type":"number","tolerance":2}}\n');
    const b = read("b.ndjson", '{"corpus":{"format":"corroborate/v1"}}\n\n{"predicate":{"name":"count","type":"number"}}\n');
    expect(lines(parseCorpora([a, b]))).toEqual([
      'b.ndjson:3: predicate.tolerance: the predicate "count" is declared differently in a.ndjson (line 2): its tolerance is not set here and 2 there',
    ]);
  });
});

describe("problems of documents read from files", () => {
  const ndjson = [
    '{"corpus":{"format":"corroborate/v1"}}',
    '{"source":{"id":"n","outlet":"N"}}',
    '{"claim":{"id":"n1","source":"n","subject":"s","predicate":"p","value":{"type":"date","value":"2016-04-22"},"quote":"q"}}',
    '{"claim":{"id":"n1","source":"zzz","subject":"s","predicate":"p","value":{"type":"entity","value":"x"},"quote":"q"}}',
  ].join("\n");

  it("an NDJSON document alone: each problem on its record's line, other records named by line", () => {
    expect(lines(parseCorpora([read("c.ndjson", ndjson)]))).toEqual([
      'c.ndjson:4: claim.id: duplicate claim id "n1" (already used by line 3)',
      'c.ndjson:4: claim.source: no source has the id "zzz"',
      'c.ndjson:4: claim.value.type: the predicate "p" is not declared and its first claim (line 3) carries a "date" value, but this value is a "entity"',
    ]);
  });

  it("a top-level problem of an NDJSON document is on its corpus line", () => {
    const doc = read("c.ndjson", '{"source":{"id":"n","outlet":"N"}}\n{"corpus":{"format":"corroborate/v2","titel":"x"}}\n');
    expect(lines(parseCorpora([doc]))).toEqual([
      'c.ndjson:2: corpus.format: format must be "corroborate/v1"',
      'c.ndjson:2: corpus.titel: unknown key "titel"',
    ]);
  });

  it("several files, JSON and NDJSON in either order: the right file and line, the other record named with its file", () => {
    const json = read("a.json", JSON.stringify(minimalCorpus(), null, 2));
    const clash = ndjson.replace('"id":"n1","source":"zzz"', '"id":"a1","source":"n"').replace('{"type":"entity","value":"x"}', '{"type":"date","value":"2016"}');
    expect(lines(parseCorpora([json, read("b.ndjson", clash)]))).toEqual([
      'b.ndjson:4: claim.id: duplicate claim id "a1" (already used by claims[0] of a.json)',
    ]);
    const renamed = JSON.stringify({ ...minimalCorpus(), sources: [{ id: "a", outlet: "A" }, { id: "b", outlet: "B" }] }, null, 2).replace('"id": "a1"', '"id": "n1"');
    expect(lines(parseCorpora([read("b.ndjson", ndjson.split("\n").slice(0, 3).join("\n")), read("a.json", renamed)]))).toEqual([
      `a.json:${renamed.slice(0, renamed.indexOf('"id": "n1"')).split("\n").length - 1}: claims[0].id: duplicate claim id "n1" (already used by line 3 of b.ndjson)`,
    ]);
  });

  it("on success, says where every claim came from, aligned with the corpus's claims", () => {
    const oneLine = read("a.json", JSON.stringify(minimalCorpus()));
    const lined = read("b.ndjson", ndjson.split("\n").slice(0, 3).join("\n"));
    const result = parseCorpora([oneLine, lined, { name: "c.json", json: second() }]);
    expect(result.ok && result.corpus.claims.map((c) => c.id)).toEqual(["a1", "b1", "n1", "c1"]);
    const text = JSON.stringify(minimalCorpus());
    expect(result.ok && result.origins).toEqual([
      { file: "a.json", line: 1, column: text.indexOf('{"id":"a1"') + 1 },
      { file: "a.json", line: 1, column: text.indexOf('{"id":"b1"') + 1 },
      { file: "b.ndjson", line: 3, column: 1 },
      { file: "c.json" },
    ]);
  });

  it("gives a single document its origins too", () => {
    const text = JSON.stringify(minimalCorpus(), null, 2);
    const result = parseCorpora([read("a.json", text)]);
    // Each claim's record opens on the line before its "id".
    const lineOf = (id: string) => text.slice(0, text.indexOf(`"id": "${id}"`)).split("\n").length - 1;
    expect(result.ok && result.origins.map((o) => `${o.file}:${o.line}:${o.column}`)).toEqual([`a.json:${lineOf("a1")}:5`, `a.json:${lineOf("b1")}:5`]);
  });
});
