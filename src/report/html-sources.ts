import type { Report } from "../engine/types.js";
import { copiesWords, hasTrustEvidence, NO_TRUST_EVIDENCE, probability, sourceNames } from "./consensus-words.js";
import { clip, corpusHtml, corpusLines, escapeHtml, isolated, safeUrl } from "./html-text.js";
import { copyGroups, type CopyEdge, type CopyGroup, type SourceLinks } from "./source-links.js";

/**
 * The HTML report's sources view: how far each source can be trusted, as a
 * bar with its number; who copies whom, drawn as groups of nodes joined by
 * arrows; and, from every source and every arrow, the findings it decides
 * (activating one filters the findings list to them; each row also lists
 * them as plain links, which work in print and without the script).
 * Inline SVG with presentation attributes and classes only: the strict CSP
 * needs no inline styles.
 */

/** How many findings a row links to by number before it says "and N more" (the filter shows them all). */
export const MAX_FINDING_LINKS = 12;

const NODE_R = 18;
const GRAPH_WIDTH = 940;
const GAP = 16;

/** What the view needs from the rest of the page. */
export interface SourcesViewContext {
  readonly colour: (source: string) => string;
  readonly links: SourceLinks;
  /** A finding's number as the page shows it (1-based, in display order), by its index in `report.findings`. */
  readonly numberOf: (finding: number) => number;
}

/**
 * A horizontal bar for a probability: the track and the filled share. The
 * number beside it is the caller's, so the bar is decoration to a screen reader.
 *
 * @example
 * ```ts
 * bar(0.86);   // '<svg class="bar" ...><rect class="bar-fill" width="68.8" .../></svg>'
 * ```
 */
export function bar(p: number, width = 80): string {
  const share = Number.isFinite(p) ? Math.min(1, Math.max(0, p)) : 0;
  return `<svg class="bar" width="${width}" height="10" aria-hidden="true"><rect class="bar-track" width="${width}" height="10" rx="3"/><rect class="bar-fill" width="${(share * width).toFixed(1)}" height="10" rx="3"/></svg>`;
}

/**
 * The sources section's content: a sentence on what trust means (or that the
 * corpus gives too little evidence for it), the copy graph, and the table.
 *
 * @example
 * ```ts
 * sourcesView(report, { colour, links: sourceLinks(report), numberOf: (i) => i + 1 });
 * ```
 */
export function sourcesView(report: Report, context: SourcesViewContext): string {
  const trusted = hasTrustEvidence(report);
  const { groups, independent } = copyGroups(report);
  const drawn = groups.length > 0;
  const intro = trusted
    ? `<p>Trust is the estimated share of a source's values that are true, learned from the whole corpus.${drawn ? " Arrows point from a source to the one it appears to copy." : ""} Select a source${drawn ? " or an arrow" : ""} to list the findings it decides.</p>`
    : `<p class="no-trust">${NO_TRUST_EVIDENCE}</p>`;
  const alone = independent.length === 0 ? "" : `<p class="hint">${independent.length} source${independent.length === 1 ? " copies" : "s copy"} no one and ${independent.length === 1 ? "is" : "are"} copied by no one.</p>`;
  const graph = drawn ? `${copyGraph(report, groups, context)}${alone}` : `<p>No source appears to copy another.</p>`;
  return `${intro}${graph}${table(report, trusted, context)}`;
}

interface Placed {
  readonly group: CopyGroup;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Each member's centre. */
  readonly at: ReadonlyMap<number, { readonly x: number; readonly y: number }>;
}

/** Room for a node's label beside and below it. */
const LABEL_HALF_WIDTH = 70;
const HEADER = 26;

/** Beyond this many members a circle grows too large to read: they go in rows instead. */
const MAX_CIRCLE = 24;

/** Where each of `n` members sits, relative to the group's centre: two side by side, a few on a circle (enough circumference for each node and its label), many in rows. */
function layout(n: number): { dx: number; dy: number }[] {
  if (n > MAX_CIRCLE) {
    const columns = Math.ceil(Math.sqrt(n * 2));
    return Array.from({ length: n }, (_, k) => ({ dx: (k % columns) * 130, dy: Math.floor(k / columns) * 80 + (k % 2) * 24 }));
  }
  const radius = Math.max(80, (n * 120) / (2 * Math.PI));
  return Array.from({ length: n }, (_, k) => {
    const angle = Math.PI + (2 * Math.PI * k) / n;
    return { dx: radius * Math.cos(angle), dy: n === 2 ? 0 : radius * Math.sin(angle) };
  });
}

/**
 * Groups side by side, wrapping into rows; each group's members on a circle
 * (two of them side by side), the group's box fitted around them.
 */
function place(groups: readonly CopyGroup[]): { placed: Placed[]; height: number; width: number } {
  const placed: Placed[] = [];
  let [x, y, rowHeight] = [0, 0, 0];
  for (const group of groups) {
    const offsets = layout(group.members.length);
    let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const o of offsets) [left, right, top, bottom] = [Math.min(left, o.dx), Math.max(right, o.dx), Math.min(top, o.dy), Math.max(bottom, o.dy)];
    const width = right - left + 2 * LABEL_HALF_WIDTH;
    const height = HEADER + NODE_R + (bottom - top) + NODE_R + 26;
    if (x > 0 && x + width > GRAPH_WIDTH) [x, y, rowHeight] = [0, y + rowHeight + GAP, 0];
    const [cx, cy] = [x + LABEL_HALF_WIDTH - left, y + HEADER + NODE_R - top];
    const at = new Map(group.members.map((m, k) => [m, { x: cx + offsets[k]!.dx, y: cy + offsets[k]!.dy }]));
    placed.push({ group, x, y, width, height, at });
    x += width + GAP;
    rowHeight = Math.max(rowHeight, height);
  }
  // A fold, not Math.max(...widths): a spread of thousands of groups overflows the stack.
  const width = placed.reduce((w, p) => Math.max(w, p.x + p.width), GRAPH_WIDTH);
  return { placed, height: y + rowHeight, width };
}

function copyGraph(report: Report, groups: readonly CopyGroup[], context: SourcesViewContext): string {
  const name = sourceNames(report);
  const { placed, height, width } = place(groups);
  const parts: string[] = [];
  placed.forEach((p, g) => {
    parts.push(
      `<g class="copy-group"><rect class="group-box" x="${p.x.toFixed(1)}" y="${p.y.toFixed(1)}" width="${p.width.toFixed(1)}" height="${p.height.toFixed(1)}" rx="10"/><text class="group-label" x="${(p.x + 10).toFixed(1)}" y="${(p.y + 17).toFixed(1)}">Copy group ${g + 1}: ${p.group.members.length} sources</text>`,
    );
    const pairs = new Set(p.group.edges.map((e) => `${e.copier} ${e.original}`));
    for (const e of p.group.edges) parts.push(edge(report, e, p.at, pairs.has(`${e.original} ${e.copier}`), name, context));
    for (const m of p.group.members) parts.push(node(report, m, p.at.get(m)!, name, context));
    parts.push(`</g>`);
  });
  return `<svg class="copy-graph" role="group" aria-label="Sources that copy one another" viewBox="0 0 ${width.toFixed(1)} ${height.toFixed(1)}" width="100%">${parts.join("")}</svg>`;
}

function decides(count: number): string {
  return `decides ${count} finding${count === 1 ? "" : "s"}`;
}

function node(report: Report, index: number, at: { x: number; y: number }, name: (id: string) => string, context: SourcesViewContext): string {
  const s = report.sources[index]!;
  const count = context.links.findingsOf[index]!.length;
  const trust = s.trust === undefined ? "trust not estimated" : `trust ${probability(s.trust)}`;
  const label = escapeHtml(`${isolated(name(s.id))}: ${trust}; ${decides(count)}`);
  return (
    `<a class="source-node" href="#findings-h" data-filter-sources="${index}" data-filter-label="${escapeHtml(isolated(name(s.id)))}" aria-label="${label}"><title>${label}</title>` +
    `<circle class="node" cx="${at.x.toFixed(1)}" cy="${at.y.toFixed(1)}" r="${NODE_R}" fill="${context.colour(s.id)}"/>` +
    `<text class="node-trust" x="${at.x.toFixed(1)}" y="${(at.y + 4).toFixed(1)}">${s.trust === undefined ? "?" : probability(s.trust)}</text>` +
    `<text class="node-label" x="${at.x.toFixed(1)}" y="${(at.y + NODE_R + 14).toFixed(1)}">${escapeHtml(isolated(clip(name(s.id), 22)))}</text></a>`
  );
}

function edge(
  report: Report,
  e: CopyEdge,
  at: ReadonlyMap<number, { x: number; y: number }>,
  mutual: boolean,
  name: (id: string) => string,
  context: SourcesViewContext,
): string {
  const a = at.get(e.copier)!;
  const b = at.get(e.original)!;
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const [dx, dy] = [(b.x - a.x) / length, (b.y - a.y) / length];
  // Two sources that copy each other: each arrow keeps to its own side.
  const shift = mutual ? 5 : 0;
  const [nx, ny] = [-dy, dx];
  const x1 = a.x + dx * NODE_R + nx * shift;
  const y1 = a.y + dy * NODE_R + ny * shift;
  const x2 = b.x - dx * (NODE_R + 2) + nx * shift;
  const y2 = b.y - dy * (NODE_R + 2) + ny * shift;
  const head = [
    [x2, y2],
    [x2 - dx * 10 + nx * 5, y2 - dy * 10 + ny * 5],
    [x2 - dx * 10 - nx * 5, y2 - dy * 10 - ny * 5],
  ]
    .map(([x, y]) => `${x!.toFixed(1)},${y!.toFixed(1)}`)
    .join(" ");
  const [lx, ly] = [(x1 + x2) / 2 + nx * 10, (y1 + y2) / 2 + ny * 10];
  const both = context.links.findingsOf[e.copier]!.filter((f) => context.links.sourcesOf[f]!.includes(e.original)).length;
  const [copier, original] = [isolated(name(report.sources[e.copier]!.id)), isolated(name(report.sources[e.original]!.id))];
  const how = e.probability === null ? `${copier} republishes ${original} (declared)` : `${copier} appears to copy ${original} (${probability(e.probability)})`;
  const label = escapeHtml(`${how}; ${decides(both)} together`);
  const filterLabel = escapeHtml(`${copier} and ${original} together`);
  const line = (cls: string) => `<line class="${cls}" x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}"/>`;
  return (
    `<a class="copy-link${e.probability === null ? " declared" : ""}" href="#findings-h" data-filter-sources="${e.copier} ${e.original}" data-filter-label="${filterLabel}" aria-label="${label}"><title>${label}</title>` +
    `${line("edge-hit")}${line("edge")}<polygon class="arrowhead" points="${head}"/>` +
    `<text class="edge-label" x="${lx.toFixed(1)}" y="${(ly + 4).toFixed(1)}">${e.probability === null ? "declared" : probability(e.probability)}</text></a>`
  );
}

/** A colour chip as SVG: a presentation attribute, so the strict CSP needs no inline styles. */
export function swatch(fill: string): string {
  return `<svg class="swatch" width="12" height="12" aria-hidden="true"><rect width="12" height="12" rx="2" fill="${fill}"/></svg>`;
}

function table(report: Report, trusted: boolean, context: SourcesViewContext): string {
  const name = sourceNames(report);
  const rows = report.sources.map((s, i) => {
    const url = s.url !== undefined ? safeUrl(s.url) : undefined;
    const link = s.url === undefined ? "" : url ? `<a href="${escapeHtml(url)}" rel="noreferrer noopener">${corpusHtml(s.url)}</a>` : `<span class="unsafe-url">${corpusHtml(s.url)}</span>`;
    const who = `${swatch(context.colour(s.id))}${corpusHtml(s.outlet)} <code>${corpusHtml(s.id)}</code>${s.title ? `<br><em>${corpusHtml(s.title)}</em>` : ""}${link ? `<br>${link}` : ""}`;
    const trust = s.trust === undefined ? `<span class="muted">not enough evidence</span>` : `${bar(s.trust)} <span class="trust-number">${probability(s.trust)}</span>`;
    const copies = copiesWords(s, name, corpusHtml).join("<br>") || `<span class="muted">no one</span>`;
    const findings = context.links.findingsOf[i]!;
    const refs = findings
      .map((f) => ({ f, n: context.numberOf(f) }))
      .sort((a, b) => a.n - b.n)
      .slice(0, MAX_FINDING_LINKS)
      .map(({ f, n }) => `<a href="#finding-${f}">#${n}</a>`);
    const more = findings.length > MAX_FINDING_LINKS ? ` and ${findings.length - MAX_FINDING_LINKS} more` : "";
    const decided =
      findings.length === 0
        ? `<span class="muted">none</span>`
        : `<button type="button" data-filter-sources="${i}" data-filter-label="${escapeHtml(isolated(name(s.id)))}">Show ${findings.length === 1 ? "its finding" : `its ${findings.length} findings`}</button> <span class="finding-refs">${refs.join(" ")}${more}</span>`;
    const published = s.publishedAt === null ? "unknown" : corpusHtml(s.publishedAt);
    const date = `${published}${s.note ? `<br><small>${corpusLines(s.note)}</small>` : ""}`;
    return `<tr id="source-${i}"><th scope="row">${who}</th>${trusted ? `<td class="trust">${trust}</td>` : ""}<td>${copies}</td><td>${decided}</td><td>${date}</td></tr>`;
  });
  const head = `<th scope="col">source</th>${trusted ? `<th scope="col">trust</th>` : ""}<th scope="col">copies</th><th scope="col">decides</th><th scope="col">published (how the date is known)</th>`;
  return `<table class="source-table"><thead><tr>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
