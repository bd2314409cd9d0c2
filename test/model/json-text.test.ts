import { describe, expect, it } from "vitest";
import { parseJsonText } from "../../src/model/json-text.js";
import { parseCorpusText } from "../../src/model/parse-corpus.js";
import { minimalCorpus } from "../helpers.js";

const lines = (result: ReturnType<typeof parseJsonText>) =>
  result.ok ? [] : result.problems.map((p) => `${p.line ?? "-"}:${p.column ?? "-"} ${p.code} ${p.path}: ${p.message}`);

describe("parseJsonText", () => {
  it("parses JSON text as JSON.parse does", () => {
    const text = JSON.stringify(minimalCorpus(), null, 2);
    expect(parseJsonText(text)).toEqual({ ok: true, json: JSON.parse(text) });
  });

  it("reports a duplicate key instead of keeping the last value", () => {
    const result = parseJsonText('{"claims": [1],\n "claims": [2]}');
    expect(lines(result)).toEqual(['2:2 duplicate_key claims: duplicate key "claims": JSON keeps only one of its values']);
    expect(!result.ok && result.problem).toBe(!result.ok && result.problems[0]);
  });

  it("reports a number it would change", () => {
    expect(lines(parseJsonText('{"n": 12345678901234567890}'))).toEqual([
      "1:7 imprecise_number n: the number 12345678901234567890 is beyond the integers a JSON number holds exactly (±9007199254740991; it would be read as 12345678901234567168); write it as a string or a code value",
    ]);
  });

  it("skips a UTF-8 byte order mark", () => {
    expect(parseJsonText('\uFEFF{"a": 1}')).toEqual({ ok: true, json: { a: 1 } });
  });

  it("names a UTF-16 or binary file instead of quoting it", () => {
    expect(lines(parseJsonText("\uFFFD\uFFFD{\u0000}\u0000"))).toEqual(["-:- invalid_encoding (root): the file is UTF-16 (little-endian); save it as UTF-8"]);
    expect(lines(parseJsonText("PK\u0003\u0004secret"))).toEqual(["-:- invalid_encoding (root): the file is not text (binary data)"]);
  });

  it("says what is wrong with invalid JSON and where, without the text", () => {
    expect(lines(parseJsonText('\uFEFF { "form'))).toEqual(["1:9 invalid_json (root): invalid JSON at line 1, column 9: the text ends inside a string"]);
  });
});

describe("parseCorpusText", () => {
  it("reports invalid JSON as one problem, never an exception", () => {
    const result = parseCorpusText('{"format": }');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toMatchObject({ code: "invalid_json", path: "(root)", line: 1, column: 12 });
    expect(!result.ok && result.problems[0]!.message).toBe("invalid JSON at line 1, column 12: expected a value, found '}'");
  });

  it("says when the text is empty", () => {
    const result = parseCorpusText("  ");
    expect(!result.ok && result.problems[0]!.message).toBe("invalid JSON: the file is empty");
  });

  it("reports every duplicate key of a corpus, with its path", () => {
    const text = JSON.stringify(minimalCorpus()).replace('"id":"a1",', '"id":"a1","id":"a1b",');
    const result = parseCorpusText(text);
    expect(!result.ok && result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual(['claims[0].id: duplicate key "id": JSON keeps only one of its values']);
  });

  it("validates text that is JSON all the same: the text's problems, then the schema's, in one call", () => {
    const corpus = minimalCorpus() as any;
    corpus.claims[0].value = { type: "number", value: 1 };
    corpus.claims[0].predicate = "count";
    corpus.claims[0].colour = "red";
    corpus.claims[0].source = "zz";
    const text = JSON.stringify(corpus).replace('"value":1}', '"value":9007199254740993}');
    const result = parseCorpusText(text);
    expect(!result.ok && result.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      "imprecise_number claims[0].value.value",
      "unknown_key claims[0].colour",
      "unknown_source claims[0].source",
    ]);
    expect(parseJsonText(text)).toMatchObject({ ok: false, json: JSON.parse(text) });
    // A problem of another kind at the place of the text's is news: a key given twice whose last value is another claim's id.
    const twice = JSON.stringify(minimalCorpus()).replace('"id":"b1",', '"id":"b1","id":"a1",');
    const both = parseCorpusText(twice);
    expect(!both.ok && both.problems.map((p) => `${p.code} ${p.path}`)).toEqual(["duplicate_key claims[1].id", "duplicate_id claims[1].id"]);
    expect(parseJsonText('{"a": }')).not.toHaveProperty("json");
  });

  it("reads a corpus with a byte order mark", () => {
    expect(parseCorpusText(`\uFEFF${JSON.stringify(minimalCorpus())}`).ok).toBe(true);
  });
});
