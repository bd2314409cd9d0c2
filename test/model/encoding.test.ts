import { describe, expect, it } from "vitest";
import { encodingProblem, sniffEncoding, sniffTextEncoding } from "../../src/model/encoding.js";

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
