import { describe, expect, it } from "vitest";
import { encodingProblem, sniffEncoding, sniffTextEncoding, utf8Decoder } from "../../src/model/encoding.js";

const bytes = (...b: number[]) => new Uint8Array(b);
const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out.push(...(endian === "le" ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff]));
  }
  return new Uint8Array(out);
}
const corpus = '{\n  "format": "corroborate/v1",\n  "title": "Mosul – al-Araji"\n}';

describe("sniffEncoding", () => {
  it.each([
    ["UTF-8", utf8(corpus), "utf8"],
    ["UTF-8 with a byte order mark", bytes(0xef, 0xbb, 0xbf, ...utf8(corpus)), "utf8-bom"],
    ["UTF-8 cut in the middle of a character", utf8("{\"a\": \"é").subarray(0, 8), "utf8"],
    ["UTF-16LE with a byte order mark", bytes(0xff, 0xfe, ...utf16(corpus, "le")), "utf16le"],
    ["UTF-16BE with a byte order mark", bytes(0xfe, 0xff, ...utf16(corpus, "be")), "utf16be"],
    ["UTF-16LE without one", utf16(corpus, "le"), "utf16le"],
    ["UTF-16BE without one", utf16(corpus, "be"), "utf16be"],
    ["an ELF binary", bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0), "binary"],
    ["a PNG image", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), "binary"],
    ["Latin-1 text", bytes(...utf8('{"title": "Mosul '), 0xe9, 0x22, 0x7d), "not-utf8"],
  ])("knows %s", (_, input, encoding) => {
    expect(sniffEncoding(input)).toBe(encoding);
  });
});

describe("sniffTextEncoding", () => {
  it("knows UTF-16 and binary data decoded as UTF-8", () => {
    const decode = (b: Uint8Array) => new TextDecoder("utf-8").decode(b);
    expect(sniffTextEncoding(decode(bytes(0xff, 0xfe, ...utf16(corpus, "le"))))).toBe("utf16le");
    expect(sniffTextEncoding(decode(utf16(corpus, "be")))).toBe("utf16be");
    expect(sniffTextEncoding(decode(bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0)))).toBe("binary");
    expect(sniffTextEncoding(decode(bytes(0xff, 0xd8, 0xff, 0xe0, 0xa0, 0xb0, 0xc0, 0xd0, 0xe0, 0xf0)))).toBe("binary");
    expect(sniffTextEncoding(corpus)).toBe("utf8");
    expect(sniffTextEncoding(`\uFEFF${corpus}`)).toBe("utf8-bom");
  });

  it("lets a corpus quote a replacement character", () => {
    expect(sniffTextEncoding('{"title": "broken \uFFFD text"}')).toBe("utf8");
  });
});

describe("encodingProblem", () => {
  it("names what the file is and what to do, and has nothing to say about UTF-8", () => {
    expect(encodingProblem("utf8")).toBeUndefined();
    expect(encodingProblem("utf8-bom")).toBeUndefined();
    expect(encodingProblem("utf16be")).toMatchObject({ code: "invalid_encoding", path: "(root)", message: "the file is UTF-16 (big-endian); save it as UTF-8" });
    expect(encodingProblem("binary")?.message).toBe("the file is not text (binary data)");
    expect(encodingProblem("not-utf8")?.message).toBe("the file is not UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8");
  });
});

describe("utf8Decoder: bytes to text, strictly", () => {
  /** Decode the pieces; the text and the problem's line, column and message. */
  function decode(pieces: Uint8Array[]) {
    const decoder = utf8Decoder();
    let text = "";
    for (const piece of pieces) text += decoder.write(piece);
    text += decoder.end();
    const p = decoder.problem;
    return { text, problem: p && `${p.line ?? "-"}:${p.column ?? "-"} ${p.message}` };
  }
  const cutEverywhere = (b: Uint8Array) => Array.from({ length: b.length + 1 }, (_, at) => [b.subarray(0, at), b.subarray(at)]);
  const filler = `{"note": "${"x".repeat(600)}",\n`; // past the bytes sniffed at the start, so pieces are decoded as they come

  it("decodes UTF-8 cut anywhere, a character split between pieces included", () => {
    const text = `${filler}"title": "Mosul – al-Araji € 𝄞 é"}`;
    for (const pieces of cutEverywhere(utf8(text))) expect(decode(pieces)).toEqual({ text, problem: undefined });
    for (const pieces of cutEverywhere(utf8(text.slice(600)))) expect(decode(pieces).text).toBe(text.slice(600));
  });

  it("keeps a byte order mark for the scanner to skip, and counts columns after it", () => {
    expect(decode([bytes(0xef, 0xbb, 0xbf, ...utf8('{"a": 1}'))]).text).toBe('\uFEFF{"a": 1}');
    expect(decode([bytes(0xef, 0xbb, 0xbf, ...utf8('{"a": "'), 0xe9)]).problem).toBe("1:8 not UTF-8 (byte 0xE9); save the file as UTF-8");
  });

  it("names the first byte that is not UTF-8 and where it is, wherever the pieces are cut", () => {
    const latin1 = bytes(...utf8(`${filler}"title": "Caf`), 0xe9, ...utf8('"}'));
    for (const pieces of cutEverywhere(latin1)) {
      expect(decode(pieces).problem).toBe("2:14 not UTF-8 (byte 0xE9); save the file as UTF-8");
    }
    expect(decode([bytes(...utf8('{"a": "Caf'), 0xe9, 0x22, 0x7d)])).toEqual({ text: "", problem: "1:11 not UTF-8 (byte 0xE9); save the file as UTF-8" });
  });

  it.each([
    ["a stray continuation byte", [0x80], "0x80"],
    ["an overlong form", [0xc0, 0xaf], "0xC0"],
    ["a surrogate", [0xed, 0xa0, 0x80], "0xED"],
    ["beyond U+10FFFF", [0xf4, 0x90, 0x80, 0x80], "0xF4"],
    ["a character cut short", [0xe2, 0x82, 0x22], "0xE2"],
    ["a character cut off by the end", [0xe2, 0x82], "0xE2"],
  ])("refuses %s", (_, bad, byte) => {
    const text = `${filler}"é": "`;
    const column = [...`"é": "`].length + 1;
    for (const pieces of cutEverywhere(bytes(...utf8(text), ...bad))) {
      expect(decode(pieces).problem).toBe(`2:${column} not UTF-8 (byte ${byte}); save the file as UTF-8`);
    }
  });

  it("still names UTF-16 and binary data as such", () => {
    expect(decode([bytes(0xff, 0xfe, ...utf16(corpus, "le"))]).problem).toBe("-:- the file is UTF-16 (little-endian); save it as UTF-8");
    expect(decode([utf16(corpus, "be")]).problem).toBe("-:- the file is UTF-16 (big-endian); save it as UTF-8");
    expect(decode([bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0xe9)]).problem).toBe("-:- the file is not text (binary data)");
  });
});
