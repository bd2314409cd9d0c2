import { describe, expect, it } from "vitest";
import { formatMarkdown, escapeMarkdown } from "../../src/report/markdown.js";
import { formatText, wrap } from "../../src/report/text.js";
import { check } from "../../src/engine/check.js";
import { bundledReport, corpusOf, fixture } from "../helpers.js";

describe("the text report", () => {
  it("is readable at 80 columns", () => {
    const long = formatText(bundledReport())
      .split("\n")
      .filter((line) => [...line].length > 80 && !/^\s*\S+$/.test(line));
    expect(long).toEqual([]);
  });

  it("puts discrepancies first within each predicate and ends with a summary line", () => {
    const text = formatText(bundledReport());
    expect(text.trimEnd().split("\n").at(-1)).toBe("✖ 3 discrepancies, 9 agreements, 48 notes in 65 claims from 5 sources");
  });

  it("colours only when asked", () => {
    expect(formatText(bundledReport())).not.toContain("\u001b[");
    expect(formatText(bundledReport(), { color: true })).toContain("\u001b[");
  });

  it("wraps words, never splitting them", () => {
    expect(wrap("aaa bbb ccc", 7)).toEqual(["aaa bbb", "ccc"]);
    expect(wrap("supercalifragilistic", 5)).toEqual(["supercalifragilistic"]);
  });
});

describe("the Markdown report", () => {
  it("starts with a summary table and has one section per subject", () => {
    const md = formatMarkdown(bundledReport());
    expect(md).toMatch(/^# Iran–Iraq border security agreement \\\(2023\\\)\n\n\| sources \| claims \| discrepancies \| agreements \| notes \|/);
    expect(md).toContain("## border\\-security\\-agreement");
  });

  it("quotes as blockquotes with outlet and date", () => {
    expect(formatMarkdown(bundledReport())).toContain("> — Xinhua \\(run by China Daily\\), 2024\\-11\\-12 · claim xinhua\\-signed\\-on");
  });

  it("escapes corpus text so it cannot inject markup or links", () => {
    const md = formatMarkdown(check(corpusOf(fixture("hostile.json"))));
    expect(md).not.toContain("<script>");
    expect(md).not.toMatch(/\]\(javascript:/);
    expect(escapeMarkdown("[x](javascript:y) *b* <i>")).toBe("\\[x\\]\\(javascript:y\\) \\*b\\* \\<i\\>");
  });
});
