import { describe, expect, it } from "vitest";
import { formatHtml } from "../../src/report/html.js";
import { NO_TRUST_EVIDENCE } from "../../src/report/consensus-words.js";
import { MAX_FINDING_LINKS } from "../../src/report/html-sources.js";
import { copyingReport, evidence, finding, reportOf, untrustedReport } from "./reports.js";

/** The table row of one source. */
const row = (html: string, index: number) => html.match(new RegExp(`<tr id="source-${index}">.*?</tr>`))![0];

describe("the HTML sources view", () => {
  const report = copyingReport();
  const html = formatHtml(report);
  const at = (id: string) => report.sources.findIndex((s) => s.id === id);

  it("shows each source's trust as a bar with its number, or says there is not enough evidence", () => {
    expect(row(html, at("aa"))).toContain('<rect class="bar-fill" width="77.6" height="10" rx="3"/></svg> <span class="trust-number">0.97</span>');
    expect(row(html, at("gofly"))).toContain("not enough evidence");
    expect(row(html, at("gofly"))).not.toContain('class="bar"');
  });

  it("draws each copy group with its sources as nodes and its copies as arrows", () => {
    const graph = html.match(/<svg class="copy-graph".*?<\/svg><p/)![0];
    expect(graph.match(/<g class="copy-group">/g)).toHaveLength(2);
    expect(graph).toContain("Copy group 2: 4 sources");
    expect(graph.match(/class="source-node"/g)).toHaveLength(6);
    expect(graph.match(/class="copy-link( declared)?"/g)).toHaveLength(5);
    expect(graph.match(/<polygon class="arrowhead"/g)).toHaveLength(5);
    // The probability on each learned arrow, "declared" on the one the corpus states.
    expect(graph.match(/<text class="edge-label"[^>]*>([^<]*)</g)!.map((t) => t.replace(/.*>/, "").slice(0, -1))).toEqual(["declared", "0.97", "0.95", "0.90", "0.41"]);
    expect(html).toContain("2 sources copy no one and are copied by no one.");
  });

  it("links each source and each copy to the findings it decides", () => {
    // Each finding names, by index, the sources its clusters hold.
    expect(html).toContain(`id="finding-0" data-kind="discrepancy" data-severity="warning" data-sources="0 1 2 3 4 5 6"`);
    expect(html).toContain(`id="finding-2" data-kind="note" data-severity="info" data-sources=""`);
    expect(html).toContain(`<a class="source-node" href="#findings-h" data-filter-sources="${at("mytrip")}"`);
    expect(html).toContain(`data-filter-sources="${at("mytrip")} ${at("orbitz")}"`);
    // MyTrip decides one finding, shown on the page as #1 (the first flight's departure).
    expect(row(html, at("mytrip"))).toContain('Show its finding</button> <span class="finding-refs"><a href="#finding-0">#1</a></span>');
    expect(row(html, at("weather"))).toContain("none");
    // Each arrow says who copies whom, how likely, and how many findings the two decide together.
    expect(html).toContain('aria-label="\u2068MyTrip\u2069 appears to copy \u2068Orbitz\u2069 (0.41); decides 1 finding together"');
    expect(html).toContain('aria-label="\u2068GoFly\u2069 republishes \u2068PANYNJ\u2069 (declared); decides 2 findings together"');
  });

  it("lists at most a dozen findings by number, and says how many more the filter shows", () => {
    const claims = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`c${i}`, evidence({ subject: `s${i}` })]));
    const findings = Array.from({ length: 20 }, (_, i) => finding({ subject: `s${i}`, claims: [`c${i}`], clusters: [{ value: "2023-03-19", claims: [`c${i}`], independentSources: 1, sources: ["a"] }] }));
    const many = formatHtml(reportOf({ findings, claims }));
    expect(row(many, 0).match(/<a href="#finding-/g)).toHaveLength(MAX_FINDING_LINKS);
    expect(row(many, 0)).toContain(`Show its 20 findings</button>`);
    expect(row(many, 0)).toContain(` and ${20 - MAX_FINDING_LINKS} more`);
  });

  it("shows the most likely value, its confidence and its independent sources next to the findings of its group", () => {
    expect(html).toMatch(/<h4><bdi>actualDeparture<\/bdi><\/h4>\n<p class="consensus"><svg class="bar"[^]*?<\/svg> Most likely: <strong><bdi>2011-12-01T14:07<\/bdi><\/strong> \(0\.94\), 2 independent sources<\/p>\n<ul class="finding-list">\n<li class="finding discrepancy warning" id="finding-0"/);
  });

  it("says once that the corpus gives too little evidence for trust, instead of empty bars", () => {
    const untrusted = formatHtml(untrustedReport());
    expect(untrusted).toContain(`<p class="no-trust">${NO_TRUST_EVIDENCE}</p>`);
    expect(untrusted).not.toContain('<th scope="col">trust</th>');
    expect(untrusted.match(/<tr id="source-/g)).toHaveLength(report.sources.length);
    expect(untrusted).not.toContain('class="trust"');
    // The copy the corpus declares is still drawn.
    expect(untrusted.match(/<g class="copy-group">/g)).toHaveLength(1);
  });

  it("says so when no source copies another", () => {
    const alone = formatHtml(reportOf({ findings: [], claims: {} }));
    expect(alone).toContain("No source appears to copy another.");
    expect(alone).not.toContain('<svg class="copy-graph"');
  });

  it("is the same bytes for the same report", () => {
    expect(formatHtml(copyingReport())).toBe(html);
  });

  it("draws 3,000 sources in one chain of copies, and 3,000 pairs, without overflowing the stack", () => {
    const chain = Array.from({ length: 3000 }, (_, i) => ({ id: `s${i}`, outlet: `S${i}`, publishedAt: null, trust: 0.5, ...(i > 0 && { dependsOn: [{ source: `s${i - 1}`, probability: 0.9 }] }) }));
    const one = formatHtml(reportOf({ sources: chain, findings: [], claims: {} }));
    expect(one.match(/<g class="copy-group">/g)).toHaveLength(1);
    expect(one.match(/class="source-node"/g)).toHaveLength(3000);
    const pairs = Array.from({ length: 6000 }, (_, i) => ({ id: `s${i}`, outlet: `S${i}`, publishedAt: null, ...(i % 2 === 1 && { dependsOn: [{ source: `s${i - 1}`, probability: 0.9 }] }) }));
    expect(formatHtml(reportOf({ sources: pairs, findings: [], claims: {} })).match(/<g class="copy-group">/g)).toHaveLength(3000);
  });
});
