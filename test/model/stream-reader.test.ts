import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/check.js";
import { parseCorpus } from "../../src/model/parse-corpus.js";
import { jsonCorpusReader, ndjsonCorpusReader, sniffLayout, type CorpusReader } from "../../src/model/stream-reader.js";
import { formatJson } from "../../src/report/json.js";
import { BUNDLED, fixture, readJson } from "../helpers.js";
import { readFileSync } from "node:fs";

function feed(reader: CorpusReader, text: string, cuts: number[]) {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(at, cut));
    at = cut;
  }
  reader.push(text.slice(at));
  return reader.end();
}

/** The NDJSON layout of a corpus document. */
function toNdjson(doc: any): string {
  const lines = [JSON.stringify({ corpus: { format: doc.format, ...(doc.title && { title: doc.title }) } })];
  for (const s of doc.sources) lines.push(JSON.stringify({ source: s }));
  for (const e of doc.entities ?? []) lines.push(JSON.stringify({ entity: e }));
  for (const [name, spec] of Object.entries(doc.predicates ?? {})) lines.push(JSON.stringify({ predicate: { name, ...(spec as object) } }));
  for (const c of doc.claims) lines.push(JSON.stringify({ claim: c }));
  return `${lines.join("\n")}\n`;
}

describe("the JSON reader", () => {
  const text = readFileSync(BUNDLED, "utf8");

  it("reads a corpus, however it is cut into pieces, exactly as JSON.parse does", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(text.length), { maxLength: 40 }), (cuts) => {
        const read = feed(jsonCorpusReader(), text, cuts);
        expect(read.ok && read.document).toEqual(JSON.parse(text));
      }),
      { seed: 9, numRuns: 60 },
    );
  });

  it("records the line each record starts on", () => {
    const read = feed(jsonCorpusReader(), '{"format":"corroborate/v1",\n"sources":[\n{"id":"a","outlet":"A"}],\n"claims":[]}', []);
    expect(read.ok && read.origin.sources).toEqual([3]);
  });

  it.each([
    ['{"format": "corroborate/v1",\n "claims": [\n  {"id": 1,}\n ]}', "invalid JSON at line 3, column 12"],
    ['{"format": "corroborate/v1", "claims": [', "invalid JSON at line 1, column 41: the document ends too early"],
    ['{"format": "corroborate/v1"} trailing', "invalid JSON at line 1, column 30: unexpected text after the document"],
    ["", "invalid JSON: the file is empty"],
    ["\n\n  nope", "invalid JSON at line 3, column 3"],
  ])("reports a syntax error with its line and column: %j", (input, message) => {
    const read = feed(jsonCorpusReader(), input, []);
    expect(!read.ok && read.message).toContain(message);
  });

  it("hands a root that is not an object to the schema, which names the problem", () => {
    const read = feed(jsonCorpusReader(), "[1, 2]", [1, 3]);
    expect(read.ok && read.document).toEqual([1, 2]);
  });

  it("keeps strings with brackets, quotes and commas inside intact", () => {
    const doc = { format: "corroborate/v1", title: 'a "quoted" [title], {really}', sources: [{ id: "a", outlet: "}]," }], claims: [] };
    const text = JSON.stringify(doc);
    for (let cut = 0; cut <= text.length; cut++) {
      const read = feed(jsonCorpusReader(), text, [cut]);
      expect(read.ok && read.document).toEqual(doc);
    }
  });
});

describe("the NDJSON reader", () => {
  it("reads the same corpus as the JSON layout, and the report is the same", () => {
    for (const doc of [readJson(BUNDLED), fixture("paris-agreement.json")]) {
      const read = feed(ndjsonCorpusReader(), toNdjson(doc), [10, 500, 501, 7000]);
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      const a = parseCorpus(structuredClone(doc));
      const b = parseCorpus(read.document);
      expect(a.ok && b.ok).toBe(true);
      if (a.ok && b.ok) expect(formatJson(check(b.corpus))).toBe(formatJson(check(a.corpus)));
    }
  });

  it("records the line of every record", () => {
    const read = feed(ndjsonCorpusReader(), '{"corpus":{"format":"corroborate/v1"}}\n\n{"source":{"id":"a","outlet":"A"}}\n{"claim":{"id":"c"}}', []);
    expect(read.ok && read.origin).toEqual({ sources: [3], entities: [], claims: [4] });
  });

  it.each([
    ['{"corpus":{"format":"corroborate/v1"}}\n{"claim": {"id": }}\n', "invalid JSON at line 2"],
    ['{"corpus":{"format":"corroborate/v1"}}\n{"claim": {}, "source": {}}\n', "line 2: a record is an object with one key"],
    ['{"predicate": {"type": "date"}}\n', 'line 1: a predicate record needs a "name"'],
  ])("reports a bad line: %j", (input, message) => {
    const read = feed(ndjsonCorpusReader(), input, []);
    expect(!read.ok && read.message).toContain(message);
  });
});

describe("sniffLayout", () => {
  it("knows NDJSON by its name or its first line", () => {
    expect(sniffLayout("x.ndjson", "{")).toBe("ndjson");
    expect(sniffLayout("x.json", '{"corpus":{"format":"corroborate/v1"}}\n{"source":{}}')).toBe("ndjson");
    expect(sniffLayout("x.json", '{"format":"corroborate/v1","sources":[],"claims":[]}')).toBe("json");
    expect(sniffLayout("x.json", "{\n")).toBe("json");
  });
});
