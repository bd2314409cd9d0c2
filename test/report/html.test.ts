import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/check.js";
import { escapeHtml, formatHtml, safeUrl } from "../../src/report/html.js";
import { SCRIPT, STYLE } from "../../src/report/html-assets.js";
import { sha256Base64 } from "../../src/report/sha256.js";
import { bundledReport, corpusOf, fixture } from "../helpers.js";

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
    expect(html).toContain('<span class="unsafe-url">javascript:window.__pwned=&#39;url&#39;</span>');
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

describe("sha256Base64", () => {
  it("matches known digests", () => {
    expect(sha256Base64("")).toBe("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    expect(sha256Base64("abc")).toBe("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  });
});
