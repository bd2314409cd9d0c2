import type { Evidence, Report } from "../engine/types.js";
import { civilFromDays, daysFromCivil } from "../time/calendar.js";
import { intervalFromDays, parsePartialDate, type DateInterval } from "../time/partial-date.js";
import { visible } from "./escape.js";
import { claimOf } from "./group.js";
import { clip, escapeHtml, isolated } from "./html-text.js";

/**
 * The HTML report's timeline: every dated claim as a mark on one row per
 * subject and predicate, linked to its finding. Inline SVG, drawn with
 * presentation attributes only, so the strict CSP needs no inline styles.
 */

/** More rows than a reader can scan, and a picture millions of pixels tall: the findings list has them all. */
export const MAX_TIMELINE_ROWS = 200;

const LABEL_WIDTH = 260;
const PLOT_WIDTH = 700;
const ROW_HEIGHT = 36;
const TOP = 30;

function interval(text: string): DateInterval | undefined {
  const [a, b] = text.split("/");
  const start = parsePartialDate(a ?? "");
  if (!start.ok) return undefined;
  if (b === undefined) return start.interval;
  const end = parsePartialDate(b);
  return end.ok ? intervalFromDays(start.interval.startDay, end.interval.endDay) : undefined;
}

/** Where a claim goes on the timeline: a date at its value, a time at its day, any other claim at its `asOf`. */
function dateOf(e: Evidence): DateInterval | undefined {
  if (e.type === "date" && typeof e.resolved === "string") return interval(e.resolved);
  if (e.type === "datetime" && typeof e.resolved === "string") return interval(e.resolved.slice(0, 10));
  return e.asOf !== undefined ? interval(e.asOf) : undefined;
}

interface Mark {
  readonly claim: string;
  readonly evidence: Evidence;
  readonly row: Row;
  readonly at: DateInterval;
  readonly label: string;
  readonly finding: number;
  readonly contested: boolean;
}

interface Row {
  readonly subject: string;
  readonly predicate: string;
  readonly index: number;
}

/** Every dated claim once: date values at their resolved date, status claims at their time. */
function marks(report: Report): { marks: Mark[]; rows: Row[]; rowsInReport: number } {
  const seen = new Map<string, Mark>();
  // Rows by subject, then predicate: two maps, never a joined string key,
  // which a separator inside a subject could forge.
  const rowsBySubject = new Map<string, Map<string, Row | null>>();
  const rows: Row[] = [];
  let rowsInReport = 0;
  report.findings.forEach((f, i) => {
    const discrepancy = f.kind === "discrepancy";
    for (const claim of f.claims) {
      const known = seen.get(claim);
      if (known) {
        // Link each mark to the first discrepancy about it, else its first finding.
        if (discrepancy && !known.contested) seen.set(claim, { ...known, finding: i, contested: true });
        continue;
      }
      const e = claimOf(report, claim);
      if (!e) continue;
      const when = dateOf(e);
      if (!when) continue;
      let predicates = rowsBySubject.get(e.subject);
      if (!predicates) rowsBySubject.set(e.subject, (predicates = new Map()));
      let row = predicates.get(e.predicate);
      if (row === undefined) {
        rowsInReport++;
        row = rows.length < MAX_TIMELINE_ROWS ? { subject: e.subject, predicate: e.predicate, index: rows.length } : null;
        if (row) rows.push(row);
        predicates.set(e.predicate, row);
      }
      if (row === null) continue;
      const label = e.type === "date" || e.type === "datetime" ? e.written : `${e.written} (as of ${e.asOf})`;
      seen.set(claim, { claim, evidence: e, row, at: when, label, finding: i, contested: discrepancy });
    }
  });
  return { marks: [...seen.values()], rows, rowsInReport };
}

/** Year ticks at a round step, so a span of centuries still gets a dozen labels, not thousands. */
function yearStep(years: number): number {
  for (const step of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000]) if (years / step <= 12) return step;
  return 10000;
}

/**
 * The timeline as an SVG figure (or a sentence when nothing is dated), and a
 * note when it shows only the first {@link MAX_TIMELINE_ROWS} rows.
 *
 * @example
 * ```ts
 * const svg = timeline(report, (source) => "#1b6ac9");
 * ```
 */
export function timeline(report: Report, colour: (source: string) => string): string {
  const { marks: all, rows, rowsInReport } = marks(report);
  if (all.length === 0) return `<p>No dated claims.</p>`;
  // A loop, not Math.min(...days): spreading 150,000 arguments overflows the stack.
  let first = Infinity;
  let last = -Infinity;
  for (const m of all) {
    first = Math.min(first, m.at.startDay);
    last = Math.max(last, m.at.endDay + 1);
  }
  const min = first - 10;
  const max = last + 10;
  const x = (day: number) => LABEL_WIDTH + ((day - min) / (max - min)) * PLOT_WIDTH;
  const height = TOP + rows.length * ROW_HEIGHT + 10;
  const parts: string[] = [];
  const firstYear = civilFromDays(min).year;
  const lastYear = civilFromDays(max).year;
  const spanDays = max - min;
  const step = yearStep(lastYear - firstYear + 1);
  for (let year = Math.ceil(firstYear / step) * step; year <= lastYear; year += step) {
    // Months too when the span is short.
    for (let month = 1; month <= 12; month++) {
      if (step > 1 && month !== 1) break;
      if (spanDays > 1500 && month !== 1) continue;
      if (spanDays > 500 && month % 3 !== 1) continue;
      const day = daysFromCivil(year, month, 1);
      if (day < min || day > max) continue;
      const at = x(day).toFixed(1);
      parts.push(`<line class="tick${month === 1 ? " year" : ""}" x1="${at}" x2="${at}" y1="${TOP - 6}" y2="${height - 6}"/>`);
      parts.push(`<text class="tick-label" x="${at}" y="${TOP - 10}">${month === 1 ? year : `${year}-${String(month).padStart(2, "0")}`}</text>`);
    }
  }
  // Row labels sit in their own viewport, which clips what the truncation
  // leaves too wide (wide scripts); each carries its full text as a tooltip.
  const labels: string[] = [];
  for (const row of rows) {
    const y = TOP + row.index * ROW_HEIGHT;
    const full = escapeHtml(`${isolated(row.predicate)} · ${isolated(row.subject)}`);
    labels.push(
      `<text class="row-label" x="6" y="${y + 14}"><title>${full}</title><tspan class="predicate">${escapeHtml(isolated(clip(row.predicate, 38)))}</tspan><tspan class="subject" x="6" dy="13">${escapeHtml(isolated(clip(row.subject, 44)))}</tspan></text>`,
    );
  }
  parts.push(`<svg class="row-labels" x="0" y="0" width="${LABEL_WIDTH - 8}" height="${height}">${labels.join("")}</svg>`);
  const lanes = new Map<Row, number>();
  for (const m of [...all].sort((a, b) => a.at.startDay - b.at.startDay)) {
    const lane = lanes.get(m.row) ?? 0;
    lanes.set(m.row, lane + 1);
    const y = TOP + m.row.index * ROW_HEIGHT + 8 + (lane % 3) * 8;
    const e = m.evidence;
    const tip = escapeHtml(`${isolated(e.outlet)}: ${isolated(m.label)} → ${isolated(String(e.resolved ?? e.asOf))} (${isolated(m.claim)})`);
    const attrs = `data-claim="${escapeHtml(visible(m.claim))}" data-start="${m.at.start}" data-end="${m.at.end}" data-source="${escapeHtml(visible(e.source))}"`;
    const cls = `mark${m.contested ? " contested" : ""}`;
    const shape =
      m.at.precision === "day"
        ? `<circle class="${cls}" ${attrs} cx="${x(m.at.startDay + 0.5).toFixed(1)}" cy="${y + 4}" r="5" fill="${colour(e.source)}"><title>${tip}</title></circle>`
        : `<rect class="${cls}" ${attrs} x="${x(m.at.startDay).toFixed(1)}" y="${y}" width="${Math.max(3, x(m.at.endDay + 1) - x(m.at.startDay)).toFixed(1)}" height="8" rx="3" fill="${colour(e.source)}" fill-opacity="0.55"><title>${tip}</title></rect>`;
    parts.push(`<a href="#finding-${m.finding}" aria-label="${tip}">${shape}</a>`);
  }
  const svg = `<svg class="timeline-svg" role="img" aria-label="Timeline of ${all.length} dated claims" viewBox="0 0 ${LABEL_WIDTH + PLOT_WIDTH + 20} ${height}" width="100%">${parts.join("")}</svg>`;
  const omitted = rowsInReport - rows.length;
  return omitted > 0
    ? `${svg}<p class="timeline-note">The timeline shows the first ${rows.length} of ${rowsInReport} subjects and predicates with dated claims; the findings list has them all.</p>`
    : svg;
}
