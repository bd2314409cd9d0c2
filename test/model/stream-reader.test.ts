import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/check.js";
import { parseCorpus } from "../../src/model/parse-corpus.js";
import { jsonCorpusReader, ndjsonCorpusReader, sniffLayout, type CorpusReader, type ReadResult } from "../../src/model/stream-reader.js";
import { formatJson } from "../../src/report/json.js";
import { BUNDLED, fixture, minimalCorpus, readJson } from "../helpers.js";
import { readFileSync } from "node:fs";

function feed(reader: CorpusReader, text: string, cuts: number[] = []): ReadResult {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    reader.push(text.slice(at, cut));
    at = Math.max(at, cut);
  }
  reader.push(text.slice(at));
  return reader.end();
}

/** A failed read's problems as `line:column code path: message` lines. */
function problemsOf(read: ReadResult): string[] {
  if (read.ok) return [];
  return read.problems.map((p) => `${p.line ?? "-"}:${p.column ?? "-"} ${p.code} ${p.path}: ${p.message}`);
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

/** UTF-16 bytes of a text, decoded as UTF-8 the way the command line decodes files. */
function utf16AsUtf8(text: string, endian: "le" | "be", bom: boolean): string {
  const bytes: number[] = bom ? (endian === "le" ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes.push(...(endian === "le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new TextDecoder("utf-8").decode(new Uint8Array(bytes));
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

  it("reads any JSON object as JSON.parse does, however it is laid out and cut", () => {
    const top = fc.dictionary(
      fc.constantFrom("format", "title", "sources", "entities", "predicates", "claims", "x"),
      fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 5 })),
    );
    fc.assert(
      fc.property(top, fc.constantFrom(undefined, 0, 1, 2, "\t"), fc.array(fc.nat(2000), { maxLength: 8 }), (doc, indent, cuts) => {
        const text = JSON.stringify(doc, null, indent);
        const read = feed(jsonCorpusReader(), text, cuts);
        // JSON.stringify never writes a duplicate key; fast-check may write a "__proto__" key or an unsafe integer, which are refused.
        if (read.ok) expect(read.document).toEqual(JSON.parse(text));
        else for (const p of read.problems) expect(["reserved_key", "imprecise_number"]).toContain(p.code);
      }),
      { seed: 10, numRuns: 300 },
    );
  });

  it("records the line and column each record starts on", () => {
    const read = feed(jsonCorpusReader(), '{"format":"corroborate/v1",\n"sources":[\n{"id":"a","outlet":"A"}],\n"claims":[]}');
    expect(read.ok && read.origin).toMatchObject({ sources: [3], columns: { sources: [1] }, layout: "json" });
  });

  it("gives every record of a one-line file line 1 and its own column", () => {
    const one = JSON.stringify(minimalCorpus());
    const read = feed(jsonCorpusReader(), one, [50, 51, 200]);
    expect(read.ok && read.origin.claims).toEqual([1, 1]);
    const columns = read.ok ? read.origin.columns!.claims : [];
    expect(columns.map((c) => one.slice(c - 1, c + 10))).toEqual(['{"id":"a1",', '{"id":"b1",']);
  });

  it.each([
    ['{"format": "corroborate/v1",\n "claims": [\n  {"id": 1,}\n ]}', "invalid JSON at line 3, column 12: expected a key in double quotes after ',' (a comma before '}')"],
    ['{"format": "corroborate/v1", "claims": [', "invalid JSON at line 1, column 41: the document ends too early"],
    ['{"format": "corroborate/v1"} trailing', "invalid JSON at line 1, column 30: unexpected text after the document"],
    ["", "invalid JSON: the file is empty"],
    ["\n\n  nope", "invalid JSON at line 3, column 3: expected a value"],
  ])("reports a syntax error with its line and column: %j", (input, message) => {
    const read = feed(jsonCorpusReader(), input);
    expect(!read.ok && read.message).toBe(message);
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

  it("reports duplicate keys, at the top and inside records, with their paths", () => {
    const text = '{"format": "corroborate/v1", "sources": [], "claims": [{"id": "a1", "id": "a1b"}],\n"claims": []}';
    const read = feed(jsonCorpusReader(), text, [30, 70]);
    expect(problemsOf(read)).toEqual([
      '1:69 duplicate_key claims[0].id: duplicate key "id": JSON keeps only one of its values',
      '2:1 duplicate_key claims: duplicate key "claims": JSON keeps only one of its values',
    ]);
    expect(!read.ok && read.message).toBe('line 1, column 69: claims[0].id: duplicate key "id": JSON keeps only one of its values (and 1 more problem)');
    // Still JSON: the document as JSON.parse reads it comes back too, for validation to find the rest.
    expect(!read.ok && read.document).toEqual(JSON.parse(text));
    expect(!read.ok && read.origin?.layout).toBe("json");
  });

  it("returns the document with imprecise numbers, duplicate keys and __proto__ keys, in both layouts, never with a syntax error", () => {
    const corpus = minimalCorpus() as any;
    corpus.claims[0].value = { type: "number", value: 1 };
    const text = JSON.stringify(corpus).replace('"value":1}', '"value":9007199254740993}');
    const json = feed(jsonCorpusReader(), text, [50]);
    expect(!json.ok && (json.document as any).claims[0].value.value).toBe(2 ** 53);
    const nd = feed(ndjsonCorpusReader(), toNdjson(corpus).replace('"value":1}', '"value":9007199254740993}').replace('"outlet":', '"__proto__":1,"outlet":'));
    expect(problemsOf(nd).map((l) => l.split(" ")[1])).toEqual(["reserved_key", "imprecise_number"]);
    expect(!nd.ok && (nd.document as any).claims).toHaveLength(corpus.claims.length);
    expect(!nd.ok && nd.origin?.layout).toBe("ndjson");
    const broken = feed(jsonCorpusReader(), `${text.slice(0, -1)},}`);
    expect(!broken.ok && "document" in broken).toBe(false);
    const untagged = feed(ndjsonCorpusReader(), `${toNdjson(corpus)}{"claim":{"id":"x","id":"y"}}\n{"nonsense":1}\n`);
    expect(!untagged.ok && "document" in untagged).toBe(false);
  });

  it("rejects a top-level __proto__ key instead of making it the document's prototype", () => {
    const read = feed(jsonCorpusReader(), '{"__proto__": {"format": "corroborate/v1"}, "sources": [], "claims": []}');
    expect(problemsOf(read)).toEqual(['1:2 reserved_key __proto__: the key "__proto__" is not allowed']);
    expect(({} as Record<string, unknown>).format).toBeUndefined();
  });

  it("reports an integer JSON cannot hold, with its path", () => {
    const corpus = minimalCorpus() as any;
    corpus.claims[0].value = { type: "number", value: 1 };
    const text = JSON.stringify(corpus).replace('"value":1}', '"value":9007199254740993}');
    expect(problemsOf(feed(jsonCorpusReader(), text))).toEqual([
      expect.stringMatching(/^1:\d+ imprecise_number claims\[0\]\.value\.value: the number 9007199254740993 is beyond the integers a JSON number holds exactly/),
    ]);
  });

  it("accepts a UTF-8 byte order mark", () => {
    const read = feed(jsonCorpusReader(), `\uFEFF${JSON.stringify(minimalCorpus())}`, [1, 2]);
    expect(read.ok && read.document).toEqual(minimalCorpus());
  });

  it.each([
    ["UTF-16 little-endian with a byte order mark", utf16AsUtf8(JSON.stringify(minimalCorpus()), "le", true), "the file is UTF-16 (little-endian); save it as UTF-8"],
    ["UTF-16 big-endian with a byte order mark", utf16AsUtf8(JSON.stringify(minimalCorpus()), "be", true), "the file is UTF-16 (big-endian); save it as UTF-8"],
    ["UTF-16 little-endian without one", utf16AsUtf8(JSON.stringify(minimalCorpus()), "le", false), "the file is UTF-16 (little-endian); save it as UTF-8"],
    ["binary data", "\u007fELF\u0002\u0001\u0001\u0000\u0000secret\u0000", "the file is not text (binary data)"],
  ])("names the encoding of a file that is %s, never its content", (_, input, message) => {
    for (const reader of [jsonCorpusReader(), ndjsonCorpusReader()]) {
      const read = feed(reader, input, [3]);
      expect(!read.ok && read.message).toBe(message);
    }
  });

  it("reads bytes strictly: a Latin-1 byte is one problem with its line and column, never the text around it", () => {
    const doc = JSON.stringify(minimalCorpus(), null, 2);
    const at = doc.indexOf('"quote"');
    const bytes = new Uint8Array([...new TextEncoder().encode(doc.slice(0, at)), 0xe9, ...new TextEncoder().encode(doc.slice(at))]);
    const line = doc.slice(0, at).split("\n").length;
    const column = at - doc.lastIndexOf("\n", at - 1);
    for (const make of [jsonCorpusReader, ndjsonCorpusReader]) {
      for (const cut of [1, 100, at, at + 1, bytes.length - 1]) {
        const reader = make();
        reader.push(bytes.subarray(0, cut));
        reader.push(bytes.subarray(cut));
        const read = reader.end();
        expect(read.ok).toBe(false);
        expect(!read.ok && read.message).toBe(`line ${line}, column ${column}: not UTF-8 (byte 0xE9); save the file as UTF-8`);
        expect(!read.ok && read.problems).toHaveLength(1);
      }
    }
  });

  it("reads UTF-8 bytes, a byte order mark and characters split between pieces included, as it reads their text", () => {
    const corpus = minimalCorpus() as any;
    corpus.title = "Mosul – al-Araji €𝄞";
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(JSON.stringify(corpus))]);
    const title = bytes.indexOf(0xe2);
    for (const cut of [1, 2, 3, title + 1, title + 2]) {
      const reader = jsonCorpusReader();
      reader.push(bytes.subarray(0, cut));
      reader.push(bytes.subarray(cut));
      const read = reader.end();
      expect(read.ok && read.document).toEqual(corpus);
    }
    const ndjson = new TextEncoder().encode(toNdjson(corpus));
    const reader = ndjsonCorpusReader();
    for (let i = 0; i < ndjson.length; i += 7) reader.push(ndjson.subarray(i, i + 7));
    const read = reader.end();
    expect(read.ok && (read.document as any).title).toBe(corpus.title);
  });

  it("visits each character once: a one-line corpus of 10n records costs 10 times one of n", () => {
    const work = (n: number) => {
      const corpus = minimalCorpus() as any;
      const claim = corpus.claims[0];
      corpus.claims = Array.from({ length: n }, (_, i) => ({ ...claim, id: `c${i}` }));
      const text = JSON.stringify(corpus);
      let counted = { scanned: 0, parsed: 0 };
      const read = feed(jsonCorpusReader({ onWork: (w) => (counted = w) }), text, [1000, 2000, text.length >> 1]);
      expect(read.ok).toBe(true);
      return { ...counted, length: text.length };
    };
    const small = work(200);
    const large = work(2000);
    for (const w of [small, large]) {
      expect(w.scanned).toBe(w.length);
      expect(w.parsed).toBeLessThanOrEqual(w.length);
    }
    expect((large.scanned + large.parsed) / (small.scanned + small.parsed)).toBeLessThan(10.5);
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

  it("records the line of every record, predicate and corpus key", () => {
    const read = feed(
      ndjsonCorpusReader(),
      '{"corpus":{"format":"corroborate/v1"}}\n\n{"source":{"id":"a","outlet":"A"}}\n{"claim":{"id":"c"}}\n{"predicate":{"name":"p","type":"date"}}\n{"corpus":{"title":"T"}}',
    );
    expect(read.ok && read.origin).toMatchObject({
      sources: [3],
      entities: [],
      claims: [4],
      layout: "ndjson",
      predicates: { p: 5 },
      corpus: { format: 1, title: 6 },
    });
  });

  it("reports every bad line, each with its line and the path inside its record", () => {
    const text = [
      '{"corpus":{"format":"corroborate/v1"}}',
      '{"claim": {"id": }}',
      '{"claim": {}, "source": {}}',
      '{"predicate": {"type": "date"}}',
      '{"claim": {"id": "x", "id": "y"}}',
      '{"corpus": {"__proto__": {}}}',
      '{"corpus": {"format": "corroborate/v1"}}',
      '{"predicate": {"name": "p", "type": "date"}}',
      '{"predicate": {"name": "p", "type": "date", "cardinality": "many"}}',
      '{"corpus": {"claims": []}}',
    ].join("\n");
    expect(problemsOf(feed(ndjsonCorpusReader(), text, [5, 60]))).toEqual([
      "2:18 invalid_json (root): invalid JSON at line 2, column 18: expected a value, found '}'",
      "3:- invalid_value (root): a record is an object with one key: corpus, source, entity, predicate or claim",
      '4:- missing_key predicate.name: a predicate record needs a "name"',
      '5:23 duplicate_key claim.id: duplicate key "id": JSON keeps only one of its values',
      '6:13 reserved_key corpus.__proto__: the key "__proto__" is not allowed',
      '7:- duplicate_key corpus.format: duplicate key "format": line 1 already sets it',
      '9:- duplicate_key predicate.name: the predicate "p" is already declared on line 8',
      '10:- invalid_value corpus.claims: in NDJSON each record has its own line ({"claim": {…}}), not a list in the corpus record',
    ]);
  });

  it("never lets a corpus record set the document's prototype", () => {
    const read = feed(ndjsonCorpusReader(), '{"corpus": {"format": "corroborate/v1", "__proto__": {"polluted": 1}}}\n');
    expect(read.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts a UTF-8 byte order mark", () => {
    const read = feed(ndjsonCorpusReader(), '\uFEFF{"corpus":{"format":"corroborate/v1"}}\n');
    expect(read.ok && read.origin.corpus).toEqual({ format: 1 });
  });
});

describe("sniffLayout", () => {
  it("knows NDJSON by its name or its first line", () => {
    expect(sniffLayout("x.ndjson", "{")).toBe("ndjson");
    expect(sniffLayout("x.json", '{"corpus":{"format":"corroborate/v1"}}\n{"source":{}}')).toBe("ndjson");
    expect(sniffLayout("x.json", '\uFEFF{"corpus":{"format":"corroborate/v1"}}\n')).toBe("ndjson");
    expect(sniffLayout("x.json", '{"format":"corroborate/v1","sources":[],"claims":[]}')).toBe("json");
    expect(sniffLayout("x.json", "{\n")).toBe("json");
  });
});
