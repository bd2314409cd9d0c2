import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/check.js";
import { formatMarkdown } from "../../src/report/markdown.js";
import { blockquote, codeSpan, escapeMarkdown } from "../../src/report/markdown-escape.js";
import { bundledReport, corpusOf, fixture } from "../helpers.js";
import { NO_TRUST_EVIDENCE } from "../../src/report/consensus-words.js";
import { copyingReport, evidence, finding, hostileReport, hugeAgreement, OBEYED, reportOf, untrustedReport } from "./reports.js";

/** A GFM renderer, when one is installed (marked comes with the package checker's dependencies). */
async function gfm(): Promise<((md: string) => string) | undefined> {
  const name = "marked";
  const marked = (await import(name).catch(() => undefined)) as { marked: { parse(md: string, options: { async: false; gfm: true }): string } } | undefined;
  return marked && ((md: string) => marked.marked.parse(md, { async: false, gfm: true }));
}
const render = await gfm();

describe("the Markdown report", () => {
  it("starts with a summary table and has one section per subject", () => {
    const md = formatMarkdown(bundledReport());
    expect(md).toMatch(/^# Iran–Iraq border security agreement \(2023\)\n\n\| sources \| claims \| discrepancies \| agreements \| notes \|/);
    expect(md).toContain("## border-security-agreement");
  });

  it("quotes as blockquotes with outlet and date", () => {
    expect(formatMarkdown(bundledReport())).toContain("> — Xinhua (run by China Daily), 2024-11-12 · claim xinhua-signed-on");
  });

  it("writes one agreement of 150,000 claims without overflowing the stack", () => {
    const md = formatMarkdown(hugeAgreement(150_000));
    expect(md).toContain("claim c149999");
  });
});

describe("corpus text in Markdown renders as itself", () => {
  it("carries no control character from the corpus, in any field", () => {
    expect(formatMarkdown(hostileReport())).not.toMatch(OBEYED);
  });

  it.each([
    ["a link", "[x](javascript:y)", "\\[x\\](javascript\\:y)"],
    ["an image", "![t](https://e.example/t.png)", "!\\[t\\](https\\://e.example/t.png)"],
    ["raw HTML", "<img src=x onerror=alert(1)>", "\\<img src=x onerror=alert(1)\\>"],
    ["an autolink", "<https://e.example>", "\\<https\\://e.example\\>"],
    ["a bare URL", "see https://e.example/a", "see https\\://e.example/a"],
    ["a www. address", "see www.e.example", "see www\\.e.example"],
    ["an e-mail address", "mail a@e.example", "mail a\\@e.example"],
    ["emphasis", "*b* _i_ ~~s~~", "\\*b\\* \\_i\\_ \\~\\~s\\~\\~"],
    ["a code span", "`x`", "\\`x\\`"],
    ["an entity", "&lt;b&gt;", "\\&lt;b\\&gt;"],
    ["a table cell break", "a | b", "a \\| b"],
    ["a trailing heading sequence", "a ##", "a \\#\\#"],
    ["GitHub math", "$x$", "\\$x\\$"],
    ["a line break, shown", "a\r# b", "a‹U+000D›\\# b"],
  ])("escapes %s", (_, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it.each([
    ["a heading", "# x", "\\# x"],
    ["a bullet", "- x", "\\- x"],
    ["a plus bullet", "+ x", "\\+ x"],
    ["an ordered item", "1. x", "1\\. x"],
    ["an ordered item with a parenthesis", "12) x", "12\\) x"],
    ["a setext underline", "===", "\\==="],
    ["a thematic break", "---", "\\---"],
    ["a starred break", "* * *", "\\* \\* \\*"],
    ["a blockquote", "> x", "\\> x"],
    ["a code fence", "```js", "\\`\\`\\`js"],
    ["a tilde fence", "~~~", "\\~\\~\\~"],
    ["an HTML block", "<div>", "\\<div\\>"],
  ])("keeps %s at the start of a line from starting one", (_, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });

  it("leaves ordinary prose readable in the raw file", () => {
    expect(escapeMarkdown("Iraq's al-Sudani (2023-03-19), 14:07: 4.5 km")).toBe("Iraq's al-Sudani (2023-03-19), 14:07: 4.5 km");
  });

  it.each([
    ["CR", "\r"],
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["U+2028", "\u2028"],
    ["U+2029", "\u2029"],
  ])("keeps every line of a quote inside its blockquote whatever breaks it (%s)", (_, br) => {
    const quote = ["quoted", "# Heading", "- item", "1. item", "<script>x</script>", "    code", "===", "", "tail"].join(br);
    const lines = blockquote(quote);
    for (const line of lines) expect(line).toMatch(/^>( |$)/);
    // Each line keeps its own line (a backslash hard break), but the one before the blank.
    expect(lines).toEqual(["> quoted\\", "> \\# Heading\\", "> \\- item\\", "> 1\\. item\\", "> \\<script\\>x\\</script\\>\\", "> code\\", "> \\===", ">", "> tail"]);
  });

  it("fences a rule id so its backticks cannot close the span", () => {
    expect(codeSpan("date-consistency")).toBe("`date-consistency`");
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`x")).toBe("`` `x ``");
  });

  it("keeps a lone CR in a quote from ending the blockquote", () => {
    const claims = { c1: evidence({ quote: "the deal\r# ✔ No discrepancies\r> [proof](https://evil.example)" }) };
    const md = formatMarkdown(reportOf({ findings: [finding({ claims: ["c1"] })], claims }));
    const headings = md.split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual(["# corroborate report", "## Sources", "## treaty", "### signedOn"]);
  });

  it("escapes even the kind and severity of a report read back from untrusted JSON", () => {
    const odd = finding({ kind: "<img src=x>" as "note", severity: "[x](y)" as "info" });
    expect(formatMarkdown(reportOf({ findings: [odd], claims: {} }))).toContain("**\\<img src=x\\>** (\\[x\\](y), `date-consistency`)");
  });

  it("escapes the hostile corpus so it cannot inject markup or links", () => {
    const md = formatMarkdown(check(corpusOf(fixture("hostile.json"))));
    expect(md).not.toContain("<script>");
    expect(md).not.toMatch(/\]\(javascript:/);
  });

  it.skipIf(!render)("renders, in a GFM renderer, to exactly its own structure", () => {
    const report = hostileReport();
    const html = render!(formatMarkdown(report));
    // Its own headings (title, sources, subject, predicate), tables, emphasis (one italic note per finding that has one)
    // and rule id; nothing from the corpus.
    expect(html.match(/<h\d/g)).toEqual(["<h1", "<h2", "<h2", "<h3"]);
    expect(html.match(/<(a|img|script|b|li|ol|ul|hr|pre|del|iframe|div)\b/g)).toBeNull();
    expect(html.match(/<em\b/g) ?? []).toHaveLength(report.findings.filter((f) => f.note).length);
    expect(html.match(/<code>/g)).toHaveLength(1);
    expect(html.match(/<blockquote>/g)).toHaveLength(2);
    expect(html).toContain("[link](https://evil.example)");
  });
});

describe("the Markdown report's consensus and sources", () => {
  it("shows the most likely value under its predicate, before the findings about it", () => {
    const md = formatMarkdown(copyingReport());
    expect(md).toContain("### actualDeparture\n\n**Most likely: 2011-12-01T14:07 (0.94), 2 independent sources**\n\n**⚠️ Discrepancy**");
  });

  it("tabulates each source's trust and whom it copies", () => {
    const md = formatMarkdown(copyingReport());
    const table = md.slice(md.indexOf("## Sources"), md.indexOf("## AA-1007")).trimEnd().split("\n");
    expect(table).toEqual([
      "## Sources",
      "",
      "| source | trust | copies |",
      "|---|---:|---|",
      "| American Airlines \\[aa\\] | 0.97 | — |",
      "| PANYNJ \\[panynj\\] | 0.93 | — |",
      "| FlightView \\[flightview\\] | 0.62 | — |",
      "| Travelocity \\[travelocity\\] | 0.60 | appears to copy FlightView (0.97) |",
      "| Orbitz \\[orbitz\\] | 0.61 | appears to copy FlightView (0.95) |",
      "| MyTrip \\[mytrip\\] | 0.58 | appears to copy FlightView (0.90); appears to copy Orbitz (0.41) |",
      "| GoFly \\[gofly\\] | not enough evidence | republishes panynj |",
      "| Airport weather desk \\[weather\\] | not enough evidence | — |",
    ]);
  });

  it("says once that there is no evidence for trust, and tabulates only the sources that copy", () => {
    const md = formatMarkdown(untrustedReport());
    expect(md).toContain(`## Sources\n\n${NO_TRUST_EVIDENCE}\n\n| source | copies |\n|---|---|\n| GoFly \\[gofly\\] | republishes panynj |\n`);
  });

  it("keeps a table cell whole whatever an outlet holds", () => {
    const report = copyingReport();
    const md = formatMarkdown({ ...report, sources: report.sources.map((s) => ({ ...s, outlet: `${s.outlet} | x\n| y` })) });
    const rows = md.slice(md.indexOf("| source |"), md.indexOf("## AA-1007")).trimEnd().split("\n").slice(2);
    for (const r of rows) expect(r.replace(/\\\|/g, "").match(/\|/g)).toHaveLength(4);
  });
});

describe("the Markdown report of a report read back from JSON", () => {
  it("says so for a claim a finding names but the report lacks, even one named like an Object method", () => {
    const out = formatMarkdown(reportOf({ findings: [finding({ claims: ["toString", "gone"] })], claims: {} }));
    expect(out).toContain("> — claim toString: not in the report");
    expect(out).toContain("gone");
  });
});
