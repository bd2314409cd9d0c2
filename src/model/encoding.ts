/**
 * Is this file text we can read? A corpus is UTF-8 JSON; a UTF-16 export from a
 * spreadsheet or a binary file gets a problem that names what it is, and a byte
 * that is not UTF-8 (a file in Latin-1 or Windows-1252) one that names the byte
 * and where it is, never one that quotes the text.
 */
import { problem, type CorpusProblem } from "./problem.js";

/** What the first bytes of a file say about its encoding. */
export type Encoding = "utf8" | "utf8-bom" | "utf16le" | "utf16be" | "not-utf8" | "binary";

/** How many leading bytes or characters are worth a look. */
const SNIFF = 512;

/**
 * The encoding of a file, from its first bytes (a few hundred are enough): a
 * byte order mark says it outright; without one, UTF-16 shows as NUL bytes in
 * every other place (JSON text is mostly ASCII), binary data as NULs elsewhere or
 * control bytes, and a legacy encoding as bytes that are not UTF-8. Call it
 * before decoding, then {@link encodingProblem} says what to tell the user.
 *
 * @example
 * ```ts
 * sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x7b])); // "utf8-bom"
 * sniffEncoding(new TextEncoder().encode('{"format": …}')); // "utf8"
 * sniffEncoding(new Uint8Array([0x7b, 0x00, 0x22, 0x00])); // "utf16le"
 * ```
 */
export function sniffEncoding(firstBytes: Uint8Array): Encoding {
  const b = firstBytes.subarray(0, SNIFF);
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf8-bom";
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 ? "binary" : "utf16le"; // FF FE 00 00 is UTF-32: not for us
  if (b[0] === 0xfe && b[1] === 0xff) return "utf16be";
  const nul = nulPattern(b.length, (i) => b[i] === 0);
  if (nul !== "none") return nul;
  for (let i = 0; i < b.length; i++) if (isControl(b[i]!)) return "binary";
  return validUtf8Prefix(b) ? "utf8" : "not-utf8";
}

/**
 * The same question about text that has already been decoded as UTF-8 (the
 * readers are fed text): NULs and control characters survive decoding, and a
 * UTF-16 byte order mark becomes two replacement characters.
 *
 * @internal
 */
export function sniffTextEncoding(head: string): Encoding {
  let text = head.slice(0, SNIFF);
  if (text.startsWith("\uFEFF")) return "utf8-bom";
  if (text.startsWith("\uFFFD\uFFFD")) text = text.slice(2); // FF FE or FE FF, neither of them UTF-8
  const nul = nulPattern(text.length, (i) => text.charCodeAt(i) === 0);
  if (nul !== "none") return nul;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c)) return "binary";
    if (c === 0xfffd) replaced++;
  }
  // Bytes that were not UTF-8 became U+FFFD; a few may be a corpus quoting one, many are not text.
  return replaced * 8 > text.length && replaced > 2 ? "binary" : "utf8";
}

/**
 * The problem to report for an encoding, or `undefined` when the text can be read.
 *
 * @example
 * ```ts
 * encodingProblem("utf16le")?.message; // "the file is UTF-16 (little-endian); save it as UTF-8"
 * ```
 */
export function encodingProblem(encoding: Encoding): CorpusProblem | undefined {
  switch (encoding) {
    case "utf8":
    case "utf8-bom":
      return undefined;
    case "utf16le":
      return problem("invalid_encoding", [], "the file is UTF-16 (little-endian); save it as UTF-8");
    case "utf16be":
      return problem("invalid_encoding", [], "the file is UTF-16 (big-endian); save it as UTF-8");
    case "not-utf8":
      return problem("invalid_encoding", [], "the file is not UTF-8 (perhaps Latin-1 or Windows-1252); save it as UTF-8");
    case "binary":
      return problem("invalid_encoding", [], "the file is not text (binary data)");
  }
}

/** C0 controls other than tab, line feed and carriage return: never in JSON text, inside strings or out. */
function isControl(c: number): boolean {
  return c < 32 && c !== 9 && c !== 10 && c !== 13;
}

/**
 * UTF-16 by its NULs: ASCII text in UTF-16 has a NUL after (little-endian) or
 * before (big-endian) every character. NULs anywhere else are binary data.
 */
function nulPattern(length: number, isNul: (i: number) => boolean): "none" | "utf16le" | "utf16be" | "binary" {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i++) if (isNul(i)) i % 2 === 0 ? even++ : odd++;
  if (even + odd === 0) return "none";
  const pairs = Math.floor(length / 2);
  if (even === 0 && odd * 2 >= pairs) return "utf16le";
  if (odd === 0 && even * 2 >= pairs) return "utf16be";
  return "binary";
}

/** Whether the bytes are UTF-8, allowing a character cut off at the end (the bytes are only a prefix). */
function validUtf8Prefix(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    const extra = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (extra < 0) return false;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= b.length) return true;
      if ((b[i + k]! & 0xc0) !== 0x80) return false;
    }
    i += extra + 1;
  }
  return true;
}

/**
 * Bytes to text, strictly: what a reader is fed when it is fed bytes. The
 * first bytes are sniffed (UTF-16 and binary data get their own problem), then
 * the rest is decoded as UTF-8 with a fatal decoder, piece by piece (a
 * character split between two pieces is joined). A byte that is not UTF-8
 * stops the decoding with one problem that names the byte and its line and
 * column (in UTF-16 code units after any byte order mark, as the scanner counts
 * them), never the text around it. A leading byte order mark is kept in the
 * text, for the scanner to skip.
 *
 * @internal
 */
export interface Utf8Decoder {
  /** The text of these bytes (possibly less, a character cut at the end waits for the next piece); "" once there is a problem. */
  write(bytes: Uint8Array): string;
  /** The text still held back, at the end of the bytes. */
  end(): string;
  /** What is wrong with the bytes, once something is. */
  readonly problem: CorpusProblem | undefined;
}

/** @internal */
export function utf8Decoder(): Utf8Decoder {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let head: Uint8Array | undefined = new Uint8Array(0); // bytes kept until there are enough to sniff; undefined once sniffed
  let tail: Uint8Array = new Uint8Array(0); // the bytes of a character cut at the end of the last piece (the decoder holds them too)
  let found: CorpusProblem | undefined;
  let line = 1;
  let column = 1; // of the next character
  let started = false;

  const advance = (text: string) => {
    if (text === "") return;
    let from = 0;
    if (!started) {
      started = true;
      if (text.charCodeAt(0) === 0xfeff) from = 1; // columns start after a byte order mark
    }
    const last = text.lastIndexOf("\n");
    if (last < from) {
      column += text.length - from;
      return;
    }
    for (let at = text.indexOf("\n", from); at !== -1; at = text.indexOf("\n", at + 1)) line++;
    column = text.length - last;
  };

  /** The problem at the first bad sequence of `bytes` (the held-back tail and the new piece). */
  const fail = (bytes: Uint8Array, final: boolean) => {
    const bad = firstInvalidUtf8(bytes, final);
    const at = bad < 0 ? bytes.length : bad;
    advance(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(0, at)));
    const byte = bad < 0 ? undefined : bytes[bad];
    const what = byte === undefined ? "a character cut off at the end" : `byte 0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
    found = problem("invalid_encoding", [], `not UTF-8 (${what}); save the file as UTF-8`, line, column);
  };

  const decode = (bytes: Uint8Array, final: boolean): string => {
    let text: string;
    try {
      text = final ? decoder.decode(bytes) : decoder.decode(bytes, { stream: true });
    } catch {
      fail(concat(tail, bytes), final);
      return "";
    }
    if (!final) {
      // A cut character is at most 3 bytes: in a piece of 3 or more, it starts inside the piece (copied: readers reuse their buffers).
      const joined = bytes.length >= 3 ? bytes : concat(tail, bytes);
      tail = joined.slice(cutAt(joined));
    }
    advance(text);
    return text;
  };

  const sniffed = (bytes: Uint8Array, final: boolean): string => {
    head = undefined;
    const verdict = sniffEncoding(bytes);
    if (verdict === "utf16le" || verdict === "utf16be" || verdict === "binary") {
      found = encodingProblem(verdict);
      return "";
    }
    return decode(bytes, final);
  };

  return {
    write(bytes) {
      if (found !== undefined || bytes.length === 0) return "";
      if (head === undefined) return decode(bytes, false);
      head = concat(head, bytes);
      return head.length >= SNIFF ? sniffed(head, false) : "";
    },
    end() {
      if (found !== undefined) return "";
      if (head !== undefined) return sniffed(head, true);
      return decode(new Uint8Array(0), true);
    },
    get problem() {
      return found;
    },
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Where a character cut off at the end of the bytes starts (the length when none is). */
function cutAt(b: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= b.length; back++) {
    const c = b[b.length - back]!;
    if (c < 0x80) return b.length;
    if (c >= 0xc0) {
      const length = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return back < length ? b.length - back : b.length;
    }
  }
  return b.length;
}

/**
 * The offset of the first byte that starts a sequence UTF-8 does not allow
 * (a stray continuation byte, an overlong form, a surrogate, beyond U+10FFFF,
 * a character cut short), as a fatal decoder would find it; -1 when there is
 * none. Unless `final`, a character cut off by the end of the bytes is not one.
 */
function firstInvalidUtf8(b: Uint8Array, final: boolean): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let extra: number;
    let low = 0x80;
    let high = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) extra = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      extra = 2;
      if (c === 0xe0) low = 0xa0;
      if (c === 0xed) high = 0x9f;
    } else if (c >= 0xf0 && c <= 0xf4) {
      extra = 3;
      if (c === 0xf0) low = 0x90;
      if (c === 0xf4) high = 0x8f;
    } else return i;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= b.length) return final ? i : -1;
      const d = b[i + k]!;
      if (d < low || d > high) return i;
      low = 0x80;
      high = 0xbf;
    }
    i += extra + 1;
  }
  return -1;
}
