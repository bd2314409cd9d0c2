import type { Finding, Report } from "../engine/types.js";
import { bySubject, summaryLine, writtenAndResolved } from "./group.js";
import { STYLE, SCRIPT } from "./html-assets.js";
import { corpusHtml, corpusLines, escapeHtml, safeUrl } from "./html-text.js";
import { timeline } from "./html-timeline.js";
import { sha256Base64 } from "./sha256.js";
import { visible } from "./escape.js";

export { escapeHtml, safeUrl };

const PALETTE = ["#1b6ac9", "#d1495b", "#2a9d8f", "#e09f3e", "#7b4fb5", "#5c946e", "#c2185b", "#4e6e81"];

/**
 * A self-contained HTML report: a timeline of every dated claim as inline SVG,
 * the findings (filterable by kind and severity, each expandable to its claims
 * and quotes), and the sources. No network, no external files: a strict
 * Content-Security-Policy allows only its own inline style and script (by hash).
 * Every string from the corpus is escaped.
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
<section aria-labelledby="timeline-h" class="timeline">
<h2 id="timeline-h">Timeline</h2>
${timeline(report, colour)}
${legend(report, colour)}
</section>
<section aria-labelledby="findings-h" class="findings">
<h2 id="findings-h">Findings</h2>
${filters(report)}
${findings(report, colour)}
</section>
<section aria-labelledby="sources-h" class="sources">
<h2 id="sources-h">Sources</h2>
${sources(report, colour)}
</section>
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

/** A colour chip as SVG: a presentation attribute, so the strict CSP needs no inline styles. */
function swatch(fill: string): string {
  return `<svg class="swatch" width="12" height="12" aria-hidden="true"><rect width="12" height="12" rx="2" fill="${fill}"/></svg>`;
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

function findings(report: Report, colour: (source: string) => string): string {
  const index = new Map(report.findings.map((f, i) => [f, i]));
  const out: string[] = [];
  for (const section of bySubject(report)) {
    out.push(`<h3>${section.subject === null ? "Whole corpus" : corpusHtml(section.subject)}</h3>`);
    for (const { predicate, findings: list } of section.predicates) {
      out.push(`<h4>${predicate === null ? "General" : corpusHtml(predicate)}</h4><ul class="finding-list">`);
      for (const f of list) out.push(finding(f, index.get(f)!, report, colour));
      out.push(`</ul>`);
    }
  }
  return out.join("\n");
}

function finding(f: Finding, i: number, report: Report, colour: (source: string) => string): string {
  const evidence = f.claims
    .map((claim) => {
      const e = report.claims[claim]!;
      const value = writtenAndResolved(e, "", "", corpusHtml);
      const who = `${corpusHtml(e.outlet)}, ${e.publishedAt === null ? "date unknown" : corpusHtml(e.publishedAt)}${e.attributedTo ? `, citing ${corpusHtml(e.attributedTo)}` : ""}${e.hedged ? " (hedged: an inference)" : ""}`;
      return `<li>${swatch(colour(e.source))}<strong>${who}</strong> · <code>${corpusHtml(claim)}</code> · ${value}${e.asOf !== undefined ? ` as of ${corpusHtml(e.asOf)}` : ""}${e.how ? `<br><small>${corpusHtml(e.how)}</small>` : ""}<blockquote dir="auto">${corpusLines(e.quote)}</blockquote></li>`;
    })
    .join("");
  return `<li class="finding ${f.kind} ${f.severity}" id="finding-${i}" data-kind="${f.kind}" data-severity="${f.severity}"><details><summary><span class="badge">${f.kind}</span> <span class="sev">${f.severity}</span> <code>${corpusHtml(f.rule)}</code> ${corpusHtml(f.message)}</summary><ul class="evidence">${evidence}</ul>${f.note ? `<p dir="auto">${corpusLines(f.note)}</p>` : ""}</details></li>`;
}

function sources(report: Report, colour: (source: string) => string): string {
  const rows = report.sources.map((s) => {
    const url = s.url !== undefined ? safeUrl(s.url) : undefined;
    const link = s.url === undefined ? "" : url ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${corpusHtml(s.url)}</a>` : `<span class="unsafe-url">${corpusHtml(s.url)}</span>`;
    return `<tr><td>${swatch(colour(s.id))}<code>${corpusHtml(s.id)}</code></td><td>${corpusHtml(s.outlet)}${s.title ? `<br><em>${corpusHtml(s.title)}</em>` : ""}${link ? `<br>${link}` : ""}</td><td>${s.publishedAt === null ? "unknown" : corpusHtml(s.publishedAt)}</td><td>${s.note ? corpusLines(s.note) : ""}${s.republishes ? `<br>Republishes ${corpusHtml(s.republishes)}.` : ""}</td></tr>`;
  });
  return `<table><thead><tr><th scope="col">id</th><th scope="col">outlet</th><th scope="col">published</th><th scope="col">how the date is known</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
