import { describe, expect, it } from "vitest";
import { summaryLine } from "../../src/report/group.js";
import { formatText, wrap } from "../../src/report/text.js";
import { bundledReport } from "../helpers.js";
import { NO_TRUST_EVIDENCE } from "../../src/report/consensus-words.js";
import { copyingReport, finding, hostileReport, hugeAgreement, manySubjects, OBEYED, reportOf, untrustedReport } from "./reports.js";

describe("the text report", () => {
  it("is readable at 80 columns", () => {
    const long = formatText(bundledReport())
      .split("\n")
      .filter((line) => [...line].length > 80 && !/^\s*\S+$/.test(line));
    expect(long).toEqual([]);
  });

  it("ends with a summary line", () => {
    const report = bundledReport();
    expect(formatText(report).trimEnd().split("\n").at(-1)).toBe(`${report.summary.discrepancies > 0 ? "✖" : "✔"} ${summaryLine(report)}`);
  });

  it("colours only when asked", () => {
    expect(formatText(bundledReport())).not.toContain("\u001b[");
    expect(formatText(bundledReport(), { color: true })).toContain("\u001b[");
  });

  it("writes one agreement of 150,000 claims without overflowing the stack", () => {
    const text = formatText(hugeAgreement(150_000));
    expect(text).toContain("- c149999: Outlet B (2023-03-20)");
  });

  it("writes each subject under its own heading", () => {
    const text = formatText(manySubjects(2000));
    expect(text.match(/^subject-\d+$/gm)).toHaveLength(2000);
  });

  it("wraps words, never splitting them", () => {
    expect(wrap("aaa bbb ccc", 7)).toEqual(["aaa bbb", "ccc"]);
    expect(wrap("supercalifragilistic", 5)).toEqual(["supercalifragilistic"]);
  });
});

describe("the text report shows corpus text, never obeys it", () => {
  it("carries no control character from the corpus, in any field", () => {
    const text = formatText(hostileReport());
    expect(text).not.toMatch(OBEYED);
    for (const shown of ["‹U+001B›[2J", "‹U+001B›]52;c;ZXZpbA==‹U+0007›", "‹U+001B›]0;pwned", "‹U+009B›31m", "‹U+202E›noisiv‹U+202C›"]) {
      expect(text).toContain(shown);
    }
  });

  it("in colour, writes only its own colour codes", () => {
    const text = formatText(hostileReport(), { color: true });
    expect(text.replace(/\u001b\[\d+m/g, "")).not.toMatch(OBEYED);
  });

  it("cannot be made to print a summary of its own: a corpus line break stays inside its quote", () => {
    const lines = formatText(hostileReport()).trimEnd().split("\n");
    expect(lines.at(-1)).toBe("✖ 1 discrepancy, 0 agreements, 0 notes in 2 claims from 2 sources");
    // Every line that holds the forged summary is indented: under a claim, or in a quote.
    expect(lines.filter((l) => /^[✔✖]/.test(l))).toEqual([lines.at(-1)]);
    expect(lines).toContain("          ✔ 0 discrepancies”");
  });

  it("keeps a quote's own lines, whatever breaks them, each indented under its claim", () => {
    const text = formatText(hostileReport());
    const start = text.indexOf("“signed on March");
    const quote = text.slice(start, text.indexOf("”", start) + 1).split("\n");
    expect(quote.slice(-5).map((l) => l.trim())).toEqual(["# Heading", "- item", "<b>bold</b>", "[link](https://evil.example)", "1. one”"]);
    for (const line of quote.slice(-5)) expect(line).toMatch(/^ {10}\S/);
  });
});

describe("the text report's consensus and sources", () => {
  it("shows the most likely value under its predicate, before the findings about it", () => {
    const lines = formatText(copyingReport()).split("\n");
    const at = lines.indexOf("  actualDeparture");
    expect(lines.slice(at, at + 4)).toEqual(["  actualDeparture", "    Most likely: 2011-12-01T14:07 (0.94), 2 independent sources", "", "    discrepancy [datetime-consistency]"]);
  });

  it("lists each source with its trust and whom it copies, before the summary", () => {
    const text = formatText(copyingReport());
    const block = text.slice(text.indexOf("\nSources\n") + 1, text.lastIndexOf("✖"));
    expect(block.split("\n")).toEqual([
      "Sources",
      "  American Airlines [aa]: trust 0.97",
      "  PANYNJ [panynj]: trust 0.93",
      "  FlightView [flightview]: trust 0.62",
      "  Travelocity [travelocity]: trust 0.60; appears to copy FlightView (0.97)",
      "  Orbitz [orbitz]: trust 0.61; appears to copy FlightView (0.95)",
      "  MyTrip [mytrip]: trust 0.58; appears to copy FlightView (0.90); appears to",
      "    copy Orbitz (0.41)",
      "  GoFly [gofly]: trust not estimated (not enough evidence); republishes panynj",
      "  Airport weather desk [weather]: trust not estimated (not enough evidence)",
      "",
      "",
    ]);
  });

  it("says once that there is no evidence for trust, and lists only the sources that copy", () => {
    const text = formatText(untrustedReport());
    const block = text.slice(text.indexOf("\nSources\n") + 1, text.lastIndexOf("✖")).trimEnd().split("\n");
    expect(block[0]).toBe("Sources");
    expect(block.slice(1).join(" ").replace(/\s+/g, " ").trim()).toBe(`${NO_TRUST_EVIDENCE} GoFly [gofly]: republishes panynj`);
  });
});

describe("the text report of a report read back from JSON", () => {
  it("says so for a claim a finding names but the report lacks, even one named like an Object method", () => {
    const out = formatText(reportOf({ findings: [finding({ claims: ["toString", "gone"] })], claims: {} }));
    expect(out).toContain("      - toString: not in the report");
    expect(out).toContain("gone");
  });
});
