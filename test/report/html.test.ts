import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/check.js";
import { escapeHtml, formatHtml, safeUrl } from "../../src/report/html.js";
import { SCRIPT, STYLE } from "../../src/report/html-assets.js";
import { sha256Base64 } from "../../src/report/sha256.js";
import { bundledReport, corpusOf, fixture } from "../helpers.js";
import { clip, corpusHtml, corpusLines, isolated } from "../../src/report/html-text.js";
import { MAX_TIMELINE_ROWS } from "../../src/report/html-timeline.js";
import { copyingReport, evidence, finding, hostileReport, hugeAgreement, manySubjects, OBEYED, reportOf, unbrokenReport } from "./reports.js";

const hostile = () => formatHtml(check(corpusOf(fixture("hostile.json"))));

describe("the HTML report", () => {
  it("is one self-contained document: no external scripts, styles, fonts or images", () => {
    const html = formatHtml(bundledReport());
    expect(html).not.toMatch(/<script[^>]+src=|<link\b|@import|url\(|<img\b|<iframe\b/i);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html.match(/<style>/g)).toHaveLength(1);
  });

  it("pins its own style and script in a Content-Security-Policy that allows nothing else", () => {
    const html = formatHtml(bundledReport());
    expect(html).toContain(`default-src 'none'; style-src 'sha256-${sha256Base64(STYLE)}'; script-src 'sha256-${sha256Base64(SCRIPT)}'`);
  });

  it("places every dated claim of the bundled corpus on the timeline", () => {
    const html = formatHtml(bundledReport());
    for (const id of ["xinhua-signed-on", "repost-signed-on", "tasnim-deadline", "tehran-times-status-complete", "xinhua-status-fully-implement"]) {
      expect(html).toContain(`data-claim="${id}"`);
    }
  });

  it("places a time on the timeline at its day", () => {
    const html = formatHtml(copyingReport());
    expect(html).toContain('data-claim="aa/AA-1007-TPA-MIA@2011-12-01/dep" data-start="2011-12-01" data-end="2011-12-01"');
  });

  it("draws 150,000 dated claims without overflowing the stack", () => {
    const html = formatHtml(hugeAgreement(150_000));
    expect(html).toContain('data-claim="c149999"');
  });

  it("is the same bytes for the same report", () => {
    expect(formatHtml(bundledReport())).toBe(formatHtml(bundledReport()));
  });
});

describe("every corpus string is escaped", () => {
  it("leaves no tag or handler from the corpus live", () => {
    const html = hostile();
    expect(html).not.toMatch(/<script>window/);
    expect(html).not.toMatch(/<img src=x/);
    expect(html).not.toMatch(/<iframe/);
    expect(html).not.toMatch(/<svg onload/);
    expect(html).not.toMatch(/<b onmouseover/);
    expect(html).not.toMatch(/<\/style><script>/);
    expect(html).toContain("&lt;script&gt;window.__pwned");
  });

  it("never links a javascript: URL", () => {
    const html = hostile();
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('<span class="unsafe-url"><bdi>javascript:window.__pwned=&#39;url&#39;</bdi></span>');
  });

  it("escapes even the kind and severity of a report read back from untrusted JSON", () => {
    const odd = finding({ kind: '"><img src=x onerror=alert(1)>' as "note", severity: "<b>" as "info" });
    const html = formatHtml(reportOf({ findings: [odd], claims: {} }));
    expect(html).not.toMatch(/<img|<b>/);
  });

  it("escapes the five HTML metacharacters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("allows only http and https URLs", () => {
    expect(safeUrl("https://example.org/a?b=c")).toBe("https://example.org/a?b=c");
    expect(safeUrl("javascript:alert(1)")).toBeUndefined();
    expect(safeUrl("data:text/html,<script>")).toBeUndefined();
    expect(safeUrl('https://x.org/"><script>')).toBeUndefined();
  });
});

describe("corpus text cannot disguise itself or its neighbours", () => {
  it("shows every control and bidi override from the corpus instead of obeying it", () => {
    const html = formatHtml(hostileReport());
    // Only the isolates the report itself puts around corpus text in tooltips.
    expect(html.replace(/\u2068|\u2069/g, "")).not.toMatch(OBEYED);
    expect(html).toContain("AP‹U+202E›noisiv‹U+202C›");
  });

  it("isolates each outlet, id and value, so a right-to-left name cannot reorder its neighbours", () => {
    const html = formatHtml(hostileReport());
    expect(html).toContain("<bdi>AP‹U+202E›noisiv‹U+202C›</bdi></li>");
    expect(html).toContain("<strong><bdi>AP‹U+202E›noisiv‹U+202C›</bdi>, <bdi>2023-03-20</bdi></strong>");
    expect(corpusHtml("رويترز <b>")).toBe("<bdi>رويترز &lt;b&gt;</bdi>");
    expect(isolated("\u202Eرويترز")).toBe("\u2068‹U+202E›رويترز\u2069");
    // Balanced: every isolate the report opens, it closes.
    expect(html.match(/\u2068/g)?.length).toBe(html.match(/\u2069/g)?.length);
  });

  it("keeps each line of a quote, whatever breaks it, inside its blockquote", () => {
    expect(corpusLines("a\rb\r\nc\u2028d\u2029e\nf")).toBe("a<br>b<br>c<br>d<br>e<br>f");
    const html = formatHtml(reportOf({ findings: [finding({ claims: ["c1"] })], claims: { c1: evidence({ quote: "one\r</blockquote><h1>two" }) } }));
    expect(html).toContain('<blockquote dir="auto">one<br>&lt;/blockquote&gt;&lt;h1&gt;two</blockquote>');
  });

  it("truncates a long timeline label, keeping the whole of it in a tooltip", () => {
    const subject = "x".repeat(5000);
    const html = formatHtml(reportOf({ findings: [finding({ subject, claims: ["c1"] })], claims: { c1: evidence({ subject }) } }));
    expect(html).toContain(`<tspan class="subject" x="6" dy="13">\u2068${"x".repeat(43)}…\u2069</tspan>`);
    expect(html).toContain(`<title>\u2068signedOn\u2069 · \u2068${subject}\u2069</title>`);
    expect(clip("a😀bc", 3)).toBe("a😀…");
  });

  it("wraps corpus text wherever it is written rather than widen the page", () => {
    // Every container of corpus text breaks anywhere: <bdi> (all one-line corpus text), quotes and notes.
    const rule = STYLE.match(/^([^{}\n]*)\{ overflow-wrap: anywhere;/m)![1]!.split(",").map((s) => s.trim());
    expect(rule).toEqual(expect.arrayContaining(["bdi", "blockquote", ".finding p", ".source-table small"]));
    // And one-line corpus text on the page is always in a <bdi>.
    const full = formatHtml(unbrokenReport(50));
    const html = full.slice(full.indexOf("<body>"));
    for (const prefix of ["t", "subject", "p", "message", "s", "o", "c", "w", "m", "h", "r"]) {
      expect(html.match(new RegExp(`>${prefix}W{50}<`, "g"))?.length ?? 0, prefix).toBe(html.match(new RegExp(`<bdi>${prefix}W{50}</bdi>`, "g"))?.length ?? 0);
    }
  });

  it(`draws at most ${MAX_TIMELINE_ROWS} timeline rows and says how many more there are`, () => {
    const html = formatHtml(manySubjects(MAX_TIMELINE_ROWS + 50));
    expect(html.match(/<text class="row-label"/g)).toHaveLength(MAX_TIMELINE_ROWS);
    expect(html).toContain(`The timeline shows the first ${MAX_TIMELINE_ROWS} of ${MAX_TIMELINE_ROWS + 50} subjects and predicates`);
  });

  it("keeps a subject and predicate apart whatever characters they hold", () => {
    const claims = { c1: evidence({ subject: "a\u0000b", predicate: "c" }), c2: evidence({ subject: "a", predicate: "b\u0000c" }) };
    const html = formatHtml(reportOf({ findings: [finding({ subject: "a\u0000b", predicate: "c", claims: ["c1"] }), finding({ subject: "a", predicate: "b\u0000c", claims: ["c2"] })], claims }));
    expect(html.match(/<text class="row-label"/g)).toHaveLength(2);
  });
});

describe("sha256Base64", () => {
  it("matches known digests", () => {
    expect(sha256Base64("")).toBe("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    expect(sha256Base64("abc")).toBe("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  });
});

describe("the HTML report of a report read back from JSON", () => {
  it("says so for a claim a finding names but the report lacks, even one named like an Object method", () => {
    const out = formatHtml(reportOf({ findings: [finding({ claims: ["toString", "gone"] })], claims: {} }));
    expect(out).toContain("<li><code><bdi>toString</bdi></code>: not in the report</li>");
    expect(out).toContain("gone");
  });
});
