import { describe, expect, it } from "vitest";
import { visible, visibleLines } from "../../src/report/escape.js";

describe("visible: corpus text never commands a terminal or hides what it says", () => {
  it.each([
    ["an escape sequence that clears the screen", "Reuters\u001b[2J", "Reuters‹U+001B›[2J"],
    ["OSC 52, which writes the clipboard", "\u001b]52;c;ZXZpbA==\u0007", "‹U+001B›]52;c;ZXZpbA==‹U+0007›"],
    ["a C1 control (CSI)", "a\u009bb", "a‹U+009B›b"],
    ["a right-to-left override", "\u202Eretuer", "‹U+202E›retuer"],
    ["a bidi isolate", "x\u2066y\u2069", "x‹U+2066›y‹U+2069›"],
    ["a lone carriage return", "safe\r✔ 0 discrepancies", "safe‹U+000D›✔ 0 discrepancies"],
    ["a line feed, by default", "one\ntwo", "one‹U+000A›two"],
    ["DEL", "a\u007f", "a‹U+007F›"],
  ])("shows %s", (_, text, expected) => {
    expect(visible(text)).toBe(expected);
  });

  it("keeps tabs, ordinary Unicode and, when asked, line feeds", () => {
    expect(visible("al-Sudani\tالسوداني — “quoted”")).toBe("al-Sudani\tالسوداني — “quoted”");
    expect(visible("one\ntwo\r\n", { keepLineBreaks: true })).toBe("one\ntwo‹U+000D›\n");
  });
});

describe("visibleLines: a multi-line text, line by line", () => {
  it.each([
    ["LF", "a\nb"],
    ["CRLF", "a\r\nb"],
    ["a lone CR", "a\rb"],
    ["U+2028", "a\u2028b"],
    ["U+2029", "a\u2029b"],
  ])("splits at %s", (_, text) => {
    expect(visibleLines(text)).toEqual(["a", "b"]);
  });

  it("shows the controls inside each line", () => {
    expect(visibleLines("a\u001b[2J\nb\u202E")).toEqual(["a‹U+001B›[2J", "b‹U+202E›"]);
  });
});
