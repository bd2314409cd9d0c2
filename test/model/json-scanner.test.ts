import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeSyntax, JsonScanner, locateJsonError, type ScanOptions } from "../../src/model/json-scanner.js";

/** Scan text cut at the given offsets; the scanner's findings as plain data. */
function scan(text: string, cuts: readonly number[] = [], options: ScanOptions = {}) {
  const scanner = new JsonScanner(options);
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    scanner.push(text.slice(at, cut));
    at = Math.max(at, cut);
  }
  scanner.push(text.slice(at));
  scanner.end();
  return {
    syntax: scanner.syntax.map(describeSyntax),
    problems: scanner.problems.map((p) => `${p.line}:${p.column} ${p.code} ${p.path}: ${p.message}`),
    visited: scanner.visited,
  };
}

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** JSON text, valid or nearly so: values as written by JSON.stringify, then now and then damaged. */
const jsonish = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.jsonValue().map((v) => JSON.stringify(v, null, 2)),
  fc.tuple(fc.jsonValue().map((v) => JSON.stringify(v)), fc.nat(), fc.constantFrom("", ",", "}", "]", '"', "\\", ":", "0", "-", "e", ".", "\n", "\u0000", "tru", "x")).map(
    ([text, at, insert]) => text.slice(0, at % (text.length + 1)) + insert + text.slice(at % (text.length + 1)),
  ),
  fc.string(),
);

describe("the JSON scanner", () => {
  it("accepts exactly what JSON.parse accepts, however the text is cut", () => {
    fc.assert(
      fc.property(jsonish, fc.array(fc.nat(400), { maxLength: 6 }), (text, cuts) => {
        expect(scan(text, cuts).syntax.length === 0).toBe(parses(text) && text.trim() !== "");
      }),
      { seed: 1, numRuns: 3000 },
    );
  });

  it("finds the same problems however the text is cut", () => {
    const text = '{"a": 1, "a": 2, "n": 9007199254740993, "list": [{"id": "x", "id": "y"}], "__proto__": {}}';
    const whole = scan(text);
    expect(whole.problems).toHaveLength(4);
    for (let cut = 0; cut <= text.length; cut++) expect(scan(text, [cut, cut + 3])).toEqual(whole);
  });

  it.each([
    ['{"a": }', "invalid JSON at line 1, column 7: expected a value, found '}'"],
    ['{"a": 1,}', "invalid JSON at line 1, column 9: expected a key in double quotes after ',' (a comma before '}')"],
    ["[1, 2", "invalid JSON at line 1, column 6: the document ends too early"],
    ['{"a" 1}', "invalid JSON at line 1, column 6: expected ':' after a key, found a number"],
    ["{} x", "invalid JSON at line 1, column 4: unexpected text after the document"],
    ['{\n  "format": }', "invalid JSON at line 2, column 13: expected a value, found '}'"],
    ["nope", "invalid JSON at line 1, column 1: expected a value"],
    ['{"a": "tab\there"}', "invalid JSON at line 1, column 11: a control character in a string (write it as an escape, such as \\t or \\u0001)"],
    ['{"a": "\\x"}', "invalid JSON at line 1, column 8: an invalid escape in a string"],
    ['{"a": 01}', "invalid JSON at line 1, column 7: an invalid number"],
    ['{"a": "open', "invalid JSON at line 1, column 12: the text ends inside a string"],
    ["  \n ", "invalid JSON: the file is empty"],
  ])("words a syntax error with its line and column, never the text: %j", (text, message) => {
    expect(scan(text).syntax).toEqual([message]);
  });

  it("never repeats the content of a file that is not JSON", () => {
    for (const text of ["root:$6$saltsalt$secret:19000:0:99999:7:::\n", "SECRET=hunter2", "\u0000\u0001ELF\u0002", "<html>secret</html>", '{"key": secret}']) {
      const [message] = scan(text).syntax;
      expect(message).toMatch(/^invalid JSON at line \d+, column \d+: /);
      for (const word of ["root", "secret", "SECRET", "hunter2", "ELF", "html"]) expect(message).not.toContain(word);
    }
  });

  it("skips a UTF-8 byte order mark, counting columns after it", () => {
    expect(scan('\uFEFF{"a": 1}').syntax).toEqual([]);
    expect(scan('\uFEFF{"a": }').syntax).toEqual(["invalid JSON at line 1, column 7: expected a value, found '}'"]);
  });

  it("names every duplicate key with its path, line and column", () => {
    const text = '{"claims": [],\n "claims": [{"id": "a1", "quote": "q", "id": "a1b"}]}';
    expect(scan(text).problems).toEqual([
      '2:2 duplicate_key claims: duplicate key "claims": JSON keeps only one of its values',
      '2:40 duplicate_key claims[0].id: duplicate key "id": JSON keeps only one of its values',
    ]);
  });

  it("sees a duplicate written with an escape, and in an object with many keys", () => {
    expect(scan('{"id": 1, "\\u0069d": 2}').problems).toEqual(['1:11 duplicate_key id: duplicate key "id": JSON keeps only one of its values']);
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]));
    const text = JSON.stringify(many).replace(/}$/, ', "k3": 0}');
    expect(scan(text).problems).toEqual([`1:${text.lastIndexOf('"k3"') + 1} duplicate_key k3: duplicate key "k3": JSON keeps only one of its values`]);
  });

  it("does not confuse keys of different objects", () => {
    expect(scan('[{"a": 1}, {"a": 2}, {"a": {"a": {"a": 3}}}, {"b": 1, "c": {"b": 2}}]').problems).toEqual([]);
  });

  it("rejects __proto__ wherever it is", () => {
    expect(scan('{"__proto__": {}, "x": [{"y": {"__proto__": 1}}]}').problems).toEqual([
      '1:2 reserved_key __proto__: the key "__proto__" is not allowed',
      '1:32 reserved_key x[0].y.__proto__: the key "__proto__" is not allowed',
    ]);
  });

  it("names numbers JSON.parse would change, with their path", () => {
    expect(scan('{"v": [9007199254740991, -9007199254740991, 9007199254740993, 0.1, 1e400]}').problems).toEqual([
      "1:45 imprecise_number v[2]: the number 9007199254740993 is beyond the integers a JSON number holds exactly (±9007199254740991; it would be read as 9007199254740992); write it as a string or a code value",
      "1:68 imprecise_number v[4]: the number 1e400 is too large for a JSON number (it would be read as Infinity); write it as a string or a code value",
    ]);
  });

  it("finds a number at the very end of the text", () => {
    expect(scan("12345678901234567890").problems).toHaveLength(1);
  });

  it("reads NDJSON line by line: each bad line is its own error, the others are read", () => {
    const records: number[] = [];
    const text = '{"a": 1}\n\n{"b": \n{"c": 3} {"d": 4}\n{"e": 5}\n';
    const scanner = new JsonScanner({ lines: true, watchDepth: 0, onValueEnd: (e) => records.push(e.line) });
    scanner.push(text);
    scanner.end();
    expect(scanner.syntax.map(describeSyntax)).toEqual([
      "invalid JSON at line 3, column 7: the record goes on past the end of its line (NDJSON has one record per line)",
      "invalid JSON at line 4, column 10: more text after the record on its line (NDJSON has one record per line)",
    ]);
    expect(records).toEqual([1, 4, 5]);
  });

  it("visits each character once, whatever the layout", () => {
    const record = JSON.stringify({ id: "c", value: { type: "date", value: "2023-03-19" }, quote: "on 19 March 2023" });
    for (const n of [100, 1000]) {
      const text = `{"claims": [${Array(n).fill(record).join(",")}]}`;
      expect(scan(text, [7, 1000, 5000]).visited).toBe(text.length);
    }
  });
});

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
});
