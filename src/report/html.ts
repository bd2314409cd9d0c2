import type { Finding, Report } from "../engine/types.js";
import { consensusLine } from "./consensus-words.js";
import { visible } from "./escape.js";
import { bySubject, claimOf, MISSING_CLAIM, summaryLine, writtenAndResolved, type SubjectSection } from "./group.js";
import { STYLE, SCRIPT } from "./html-assets.js";
import { bar, sourcesView, swatch } from "./html-sources.js";
import { corpusHtml, corpusLines, escapeHtml, safeUrl } from "./html-text.js";
import { timeline } from "./html-timeline.js";
import { sha256Base64 } from "./sha256.js";
import { sourceLinks, type SourceLinks } from "./source-links.js";

export { escapeHtml, safeUrl };

const PALETTE = ["#1b6ac9", "#d1495b", "#2a9d8f", "#e09f3e", "#7b4fb5", "#5c946e", "#c2185b", "#4e6e81"];

/**
 * A self-contained HTML report: a timeline of every dated claim as inline SVG,
 * the findings (filterable by kind and severity, each expandable to its claims
 * and quotes) with the most likely value of each group, and the sources: how
 * far each can be trusted, who copies whom, and the findings each decides.
 * No network, no external files: a strict Content-Security-Policy allows only
 * its own inline style and script (by hash). Every string from the corpus is
 * escaped, its controls shown and its direction isolated.
 *
 * @example
 * ```ts
 * await writeFile("report.html", formatHtml(check(corpus)));
 * ```
 */
export function formatHtml(report: Report): string {
  const title = report.title ?? "corroborate report";
  const csp = `default-src 'none'; style-src 'sha256-${sha256Base64(STYLE)}'; script-src 'sha256-${sha256Base64(SCRIPT)}'; img-src data:; base-uri 'none'; form-action 'none'`;
  const sourceIndex = new Map(report.sources.map((s, i) => [s.id, i]));
  const colour = (source: string) => PALETTE[(sourceIndex.get(source) ?? 0) % PALETTE.length]!;
  const sections = bySubject(report);
  // Findings are numbered as the page shows them, so "#12" in the sources table is the twelfth on the page.
  const index = new Map(report.findings.map((f, i) => [f, i]));
  const numbers = new Array<number>(report.findings.length);
  let shown = 0;
  for (const section of sections) for (const p of section.predicates) for (const f of p.findings) numbers[index.get(f)!] = ++shown;
  const links = sourceLinks(report);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(visible(title))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${corpusHtml(title)}</h1>
<p class="summary">${escapeHtml(summaryLine(report))}</p>
</header>
<main>
<div class="columns">
<section aria-labelledby="timeline-h" class="timeline">
<h2 id="timeline-h">Timeline</h2>
${timeline(report, colour)}
${legend(report, colour)}
</section>
<section aria-labelledby="findings-h" class="findings">
<h2 id="findings-h" tabindex="-1">Findings</h2>
${filters(report)}
<p class="source-filter" id="source-filter" tabindex="-1" role="status" hidden><span class="source-filter-text"></span> <button type="button" class="source-filter-clear">Show all findings</button></p>
${findings(report, sections, index, numbers, links, colour)}
</section>
</div>
<section aria-labelledby="sources-h" class="sources">
<h2 id="sources-h">Sources</h2>
${sourcesView(report, { colour, links, numberOf: (i) => numbers[i]! })}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function legend(report: Report, colour: (source: string) => string): string {
  const items = report.sources.map((s) => `<li>${swatch(colour(s.id))}${corpusHtml(s.outlet)}</li>`);
  return `<ul class="legend" aria-label="Sources by colour">${items.join("")}</ul><p class="hint">Dots are days; bars are months, years or uncertain spans. A red outline marks a claim in a discrepancy; each links to its finding.</p>`;
}

function filters(report: Report): string {
  const box = (group: string, value: string, count: number) =>
    `<label><input type="checkbox" name="${group}" value="${value}" checked> ${value} (${count})</label>`;
  const kinds = (["discrepancy", "agreement", "note"] as const).map((k) => box("kind", k, report.findings.filter((f) => f.kind === k).length));
  const severities = (["error", "warning", "info"] as const).map((s) => box("severity", s, report.findings.filter((f) => f.severity === s).length));
  return `<form class="filters" aria-label="Filter findings"><fieldset><legend>Kind</legend>${kinds.join("")}</fieldset><fieldset><legend>Severity</legend>${severities.join("")}</fieldset></form>`;
}

function findings(
  report: Report,
  sections: readonly SubjectSection[],
  index: ReadonlyMap<Finding, number>,
  numbers: readonly number[],
  links: SourceLinks,
  colour: (source: string) => string,
): string {
  const out: string[] = [];
  for (const section of sections) {
    out.push(`<div class="subject-group"><h3>${section.subject === null ? "Whole corpus" : corpusHtml(section.subject)}</h3>`);
    for (const { predicate, findings: list, consensus } of section.predicates) {
      out.push(`<div class="predicate-group"><h4>${predicate === null ? "General" : corpusHtml(predicate)}</h4>`);
      for (const entry of consensus) {
        out.push(`<p class="consensus">${bar(entry.confidence, 60)} ${consensusLine(entry, consensus.length, (text) => `<strong>${corpusHtml(text)}</strong>`)}</p>`);
      }
      out.push(`<ul class="finding-list">`);
      for (const f of list) {
        const i = index.get(f)!;
        out.push(finding(f, i, numbers[i]!, links.sourcesOf[i]!, report, colour));
      }
      out.push(`</ul></div>`);
    }
    out.push(`</div>`);
  }
  return out.join("\n");
}

function finding(f: Finding, i: number, number: number, sources: readonly number[], report: Report, colour: (source: string) => string): string {
  const evidence = f.claims
    .map((claim) => {
      const e = claimOf(report, claim);
      if (!e) return `<li><code>${corpusHtml(claim)}</code>: ${MISSING_CLAIM}</li>`;
      const value = writtenAndResolved(e, "", "", corpusHtml);
      const who = `${corpusHtml(e.outlet)}, ${e.publishedAt === null ? "date unknown" : corpusHtml(e.publishedAt)}${e.attributedTo ? `, citing ${corpusHtml(e.attributedTo)}` : ""}${e.hedged ? " (hedged: an inference)" : ""}`;
      return `<li>${swatch(colour(e.source))}<strong>${who}</strong> · <code>${corpusHtml(claim)}</code> · ${value}${e.asOf !== undefined ? ` as of ${corpusHtml(e.asOf)}` : ""}${e.how ? `<br><small>${corpusHtml(e.how)}</small>` : ""}<blockquote dir="auto">${corpusLines(e.quote)}</blockquote></li>`;
    })
    .join("");
  const docs = f.url !== undefined ? safeUrl(f.url) : undefined;
  const rule = docs ? `<a href="${escapeHtml(docs)}" rel="noreferrer noopener"><code>${corpusHtml(f.rule)}</code></a>` : `<code>${corpusHtml(f.rule)}</code>`;
  // Kind and severity are the engine's words, but a report read back from JSON could hold anything.
  const [kind, severity] = [escapeHtml(visible(f.kind)), escapeHtml(visible(f.severity))];
  return `<li class="finding ${kind} ${severity}" id="finding-${i}" data-kind="${kind}" data-severity="${severity}" data-sources="${sources.join(" ")}"><details><summary><span class="num">#${number}</span> <span class="badge">${kind}</span> <span class="sev">${severity}</span> ${rule} ${corpusHtml(f.message)}</summary><ul class="evidence">${evidence}</ul>${f.note ? `<p dir="auto">${corpusLines(f.note)}</p>` : ""}</details></li>`;
}
