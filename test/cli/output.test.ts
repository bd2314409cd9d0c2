import { describe, expect, it } from "vitest";
import { chooseFormat, fails, needsAttention } from "../../src/cli/output.js";
import type { Finding } from "../../src/engine/types.js";

const finding = (kind: Finding["kind"], severity: Finding["severity"]): Finding =>
  ({
    rule: "r",
    kind,
    severity,
    subject: null,
    predicate: null,
    claims: [],
    message: "m",
    messageId: "m",
    data: {},
    ...(kind !== "note" && { clusters: [] }),
  }) as Finding;

describe("the report's format", () => {
  it("is --format when given, whatever the output", () => {
    expect(chooseFormat({ format: "markdown", output: "r.html" }, true)).toBe("markdown");
  });

  it.each([
    ["r.json", "json"],
    ["r.ndjson", "ndjson"],
    ["r.jsonl", "ndjson"],
    ["r.md", "markdown"],
    ["r.markdown", "markdown"],
    ["r.html", "html"],
    ["r.htm", "html"],
    ["r.txt", "text"],
    ["R.TXT", "text"],
    ["r", "json"],
    ["r.pdf", "json"],
  ] as const)("follows the extension of --output %s: %s", (output, format) => {
    expect(chooseFormat({ format: undefined, output }, true)).toBe(format);
  });

  it("is text on a terminal and JSON elsewhere, for standard output", () => {
    expect(chooseFormat({ format: undefined, output: undefined }, true)).toBe("text");
    expect(chooseFormat({ format: undefined, output: undefined }, false)).toBe("json");
  });
});

describe("which findings matter", () => {
  it("--quiet keeps discrepancies and warnings and errors", () => {
    expect(needsAttention(finding("discrepancy", "info"))).toBe(true);
    expect(needsAttention(finding("note", "warning"))).toBe(true);
    expect(needsAttention(finding("agreement", "error"))).toBe(true);
    expect(needsAttention(finding("agreement", "info"))).toBe(false);
    expect(needsAttention(finding("note", "info"))).toBe(false);
  });

  it("the exit status fails on a discrepancy or an error, not on a warning", () => {
    expect(fails(finding("discrepancy", "info"))).toBe(true);
    expect(fails(finding("note", "error"))).toBe(true);
    expect(fails(finding("note", "warning"))).toBe(false);
    expect(fails(finding("agreement", "info"))).toBe(false);
  });
});
