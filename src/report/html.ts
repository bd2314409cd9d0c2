import type { Evidence, Finding, Report } from "../engine/types.js";
import { civilFromDays, daysFromCivil } from "../time/calendar.js";
import { parsePartialDate, intervalFromDays, type DateInterval } from "../time/partial-date.js";
import { bySubject, summaryLine, writtenAndResolved } from "./group.js";
import { sha256Base64 } from "./sha256.js";
import { STYLE, SCRIPT } from "./html-assets.js";

/** Escape text for HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Only plain web addresses become links; anything else (`javascript:`, `data:` …) is shown as text. */
export function safeUrl(url: string): string | undefined {
  return /^https?:\/\/[^\s<>"']+$/i.test(url.trim()) ? url.trim() : undefined;
}

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
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
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

function interval(text: string): DateInterval | undefined {
  const [a, b] = text.split("/");
  const start = parsePartialDate(a ?? "");
  if (!start.ok) return undefined;
  if (b === undefined) return start.interval;
  const end = parsePartialDate(b);
  return end.ok ? intervalFromDays(start.interval.startDay, end.interval.endDay) : undefined;
}

interface Mark {
  readonly claim: string;
  readonly evidence: Evidence;
  readonly row: string;
  readonly at: DateInterval;
  readonly label: string;
  readonly finding: number;
  readonly contested: boolean;
}

/** Every dated claim once: date values at their resolved date, status claims at their time. */
function marks(report: Report): Mark[] {
  const seen = new Map<string, Mark>();
  report.findings.forEach((f, i) => {
    for (const claim of f.claims) {
      const e = report.claims[claim]!;
      const discrepancy = f.kind === "discrepancy";
      const known = seen.get(claim);
      if (known) {
        // Link each mark to the first discrepancy about it, else its first finding.
        if (discrepancy && !known.contested) seen.set(claim, { ...known, finding: i, contested: true });
        continue;
      }
      const when = e.type === "date" && typeof e.resolved === "string" ? interval(e.resolved) : e.asOf !== undefined ? interval(e.asOf) : undefined;
      if (!when) continue;
      const row = `${e.subject}\u0000${e.predicate}`;
      const label = e.type === "date" ? `${e.written}` : `${e.written} (as of ${e.asOf})`;
      seen.set(claim, { claim, evidence: e, row, at: when, label, finding: i, contested: discrepancy });
    }
  });
  return [...seen.values()];
}

function timeline(report: Report, colour: (source: string) => string): string {
  const all = marks(report);
  if (all.length === 0) return `<p>No dated claims.</p>`;
  const rows = [...new Set(all.map((m) => m.row))];
  const min = Math.min(...all.map((m) => m.at.startDay)) - 10;
  const max = Math.max(...all.map((m) => m.at.endDay + 1)) + 10;
  const [labelWidth, plotWidth, rowHeight, top] = [260, 700, 36, 30];
  const x = (day: number) => labelWidth + ((day - min) / (max - min)) * plotWidth;
  const height = top + rows.length * rowHeight + 10;
  const parts: string[] = [];
  // Year ticks (months too when the span is short).
  const first = civilFromDays(min).year;
  const last = civilFromDays(max).year;
  const spanDays = max - min;
  for (let year = first; year <= last; year++) {
    for (let month = 1; month <= 12; month++) {
      if (spanDays > 1500 && month !== 1) continue;
      if (spanDays > 500 && month % 3 !== 1) continue;
      const day = daysFromCivil(year, month, 1);
      if (day < min || day > max) continue;
      parts.push(`<line class="tick${month === 1 ? " year" : ""}" x1="${x(day).toFixed(1)}" x2="${x(day).toFixed(1)}" y1="${top - 6}" y2="${height - 6}"/>`);
      parts.push(`<text class="tick-label" x="${x(day).toFixed(1)}" y="${top - 10}">${month === 1 ? year : `${year}-${String(month).padStart(2, "0")}`}</text>`);
    }
  }
  const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  rows.forEach((row, r) => {
    const [subject, predicate] = row.split("\u0000") as [string, string];
    const y = top + r * rowHeight;
    parts.push(
      `<text class="row-label" x="6" y="${y + 14}"><tspan class="predicate">${escapeHtml(clip(predicate, 38))}</tspan><tspan class="subject" x="6" dy="13">${escapeHtml(clip(subject, 44))}</tspan></text>`,
    );
  });
  const perRow = new Map<string, number>();
  for (const m of [...all].sort((a, b) => a.at.startDay - b.at.startDay)) {
    const r = rows.indexOf(m.row);
    const lane = perRow.get(m.row) ?? 0;
    perRow.set(m.row, lane + 1);
    const y = top + r * rowHeight + 8 + (lane % 3) * 8;
    const e = m.evidence;
    const tip = `${e.outlet}: ${m.label} → ${e.resolved ?? e.asOf} (${m.claim})`;
    const attrs = `data-claim="${escapeHtml(m.claim)}" data-start="${m.at.start}" data-end="${m.at.end}" data-source="${escapeHtml(e.source)}"`;
    const cls = `mark${m.contested ? " contested" : ""}`;
    const shape =
      m.at.precision === "day"
        ? `<circle class="${cls}" ${attrs} cx="${x(m.at.startDay + 0.5).toFixed(1)}" cy="${y + 4}" r="5" fill="${colour(e.source)}"/>`
        : `<rect class="${cls}" ${attrs} x="${x(m.at.startDay).toFixed(1)}" y="${y}" width="${Math.max(3, x(m.at.endDay + 1) - x(m.at.startDay)).toFixed(1)}" height="8" rx="3" fill="${colour(e.source)}" fill-opacity="0.55"/>`;
    parts.push(`<a href="#finding-${m.finding}" aria-label="${escapeHtml(tip)}">${shape.replace("/>", `><title>${escapeHtml(tip)}</title></${m.at.precision === "day" ? "circle" : "rect"}>`)}</a>`);
  }
  return `<svg class="timeline-svg" role="img" aria-label="Timeline of ${all.length} dated claims" viewBox="0 0 ${labelWidth + plotWidth + 20} ${height}" width="100%">${parts.join("")}</svg>`;
}

/** A colour chip as SVG: a presentation attribute, so the strict CSP needs no inline styles. */
function swatch(fill: string): string {
  return `<svg class="swatch" width="12" height="12" aria-hidden="true"><rect width="12" height="12" rx="2" fill="${fill}"/></svg>`;
}

function legend(report: Report, colour: (source: string) => string): string {
  const items = report.sources.map((s) => `<li>${swatch(colour(s.id))}${escapeHtml(s.outlet)}</li>`);
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
    out.push(`<h3>${escapeHtml(section.subject ?? "Whole corpus")}</h3>`);
    for (const { predicate, findings: list } of section.predicates) {
      out.push(`<h4>${escapeHtml(predicate ?? "General")}</h4><ul class="finding-list">`);
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
      const value = writtenAndResolved(e);
      const who = `${e.outlet}, ${e.publishedAt ?? "date unknown"}${e.attributedTo ? `, citing ${e.attributedTo}` : ""}${e.hedged ? " (hedged: an inference)" : ""}`;
      return `<li>${swatch(colour(e.source))}<strong>${escapeHtml(who)}</strong> · <code>${escapeHtml(claim)}</code> · ${escapeHtml(value)}${e.how ? `<br><small>${escapeHtml(e.how)}</small>` : ""}<blockquote>${escapeHtml(e.quote)}</blockquote></li>`;
    })
    .join("");
  return `<li class="finding ${f.kind} ${f.severity}" id="finding-${i}" data-kind="${f.kind}" data-severity="${f.severity}"><details><summary><span class="badge">${f.kind}</span> <span class="sev">${f.severity}</span> <code>${escapeHtml(f.rule)}</code> ${escapeHtml(f.message)}</summary><ul class="evidence">${evidence}</ul>${f.note ? `<p>${escapeHtml(f.note)}</p>` : ""}</details></li>`;
}

function sources(report: Report, colour: (source: string) => string): string {
  const rows = report.sources.map((s) => {
    const url = s.url !== undefined ? safeUrl(s.url) : undefined;
    const link = s.url === undefined ? "" : url ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${escapeHtml(s.url)}</a>` : `<span class="unsafe-url">${escapeHtml(s.url)}</span>`;
    return `<tr><td>${swatch(colour(s.id))}<code>${escapeHtml(s.id)}</code></td><td>${escapeHtml(s.outlet)}${s.title ? `<br><em>${escapeHtml(s.title)}</em>` : ""}${link ? `<br>${link}` : ""}</td><td>${escapeHtml(s.publishedAt ?? "unknown")}</td><td>${escapeHtml(s.note ?? "")}${s.republishes ? `<br>Republishes ${escapeHtml(s.republishes)}.` : ""}</td></tr>`;
  });
  return `<table><thead><tr><th scope="col">id</th><th scope="col">outlet</th><th scope="col">published</th><th scope="col">how the date is known</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
