/**
 * `datetime` values: a time of day on a date, with an offset or IANA zone when
 * known. Written in ISO 8601 (`2011-12-01T14:07-05:00`) or as the source wrote
 * it (`"2:07 PMDec 01"`, `"12/1/11 2:06 PM (-05:00)"`), read against an anchor
 * or the source's publication date (see `datetime/read-written.ts`).
 *
 * How two readings compare (README, "Corpus format"):
 * - as moments when both carry an offset (or zone), else as local clock times;
 * - when either's day is uncertain (its date taken from the anchor, "midnight",
 *   a weekday its date contradicts), by time of day allowing a day either way: "12:30 AM"
 *   read against a flight date of 2011-12-01 is the "12/2/2011 12:30 AM" another
 *   source writes, not a day before it. When both dates are written, a day
 *   apart is a day apart;
 * - `same` within the predicate's `tolerance` in minutes (default 0), else
 *   `different` by a distance that reads well: seconds below a minute, minutes
 *   below two hours, hours below two days (to the half hour), days beyond (to
 *   the half day), "about" when rounded.
 */
import type { PredicateSpec } from "../model/types.js";
import { MONTH_NAMES, civilFromDays } from "../time/calendar.js";
import { readDateTime, type ReadDateTime, type ResolvedDateTime } from "./datetime/read.js";
import { formatOffset } from "./datetime/zones.js";
import type { Distance, ValueModule, ValueRelation } from "./value-module.js";

export type { ReadDateTime, ResolvedDateTime, UnreadDateTime } from "./datetime/read.js";

const DAY_SECONDS = 86_400;

/**
 * How fast a near time's support fades: a claim of 14:06 lends 14:07 (one
 * minute past the tolerance) half its weight, two minutes a quarter, and
 * nothing from {@link SUPPORT_REACH_MINUTES}. A minute apart is how sites
 * that round seconds and sites that truncate them differ on one event; three
 * or more minutes apart is another reading (a take-off time against a gate
 * time, a later estimate) and must not count for it. A slower fade lets a
 * time between two camps (14:03 between 13:58 and 14:07) collect weight from
 * both and beat each: the middle of two readings, which no source saw.
 *
 * @example
 * ```ts
 * 2 ** (-2 / SUPPORT_HALF_LIFE_MINUTES); // 0.25: what 14:09 lends 14:07 at tolerance 0
 * ```
 */
export const SUPPORT_HALF_LIFE_MINUTES = 1;

/**
 * From this many minutes past the tolerance a time lends nothing (2^−5 would be noise).
 *
 * @example
 * ```ts
 * datetimeValues.support(at("14:00"), at("14:05"), spec); // 0
 * ```
 */
export const SUPPORT_REACH_MINUTES = 5;

/**
 * How far apart two readings are, in seconds: by moment or by clock (see the
 * module comment), with a day's wrap when either day is uncertain.
 */
function apart(a: ReadDateTime, b: ReadDateTime): number {
  const byMoment = a.offset !== null && b.offset !== null;
  const at = (r: ReadDateTime) => r.day * DAY_SECONDS + r.second - (byMoment ? r.offset! * 60 : 0);
  const delta = Math.abs(at(a) - at(b));
  if (a.dayCertain && b.dayCertain) return delta;
  return Math.min(delta, Math.abs(delta - DAY_SECONDS));
}

function toleranceSeconds(spec: PredicateSpec): number {
  return (spec.tolerance ?? 0) * 60;
}

/**
 * A distance in the unit that reads best: seconds below a minute, minutes
 * below two hours, hours below two days (to the half hour), days beyond (to
 * the half day); "about" when the figure is rounded.
 *
 * @example
 * ```ts
 * distanceOfSeconds(180); // { amount: 3, unit: "minute", text: "3 minutes" }
 * distanceOfSeconds(5 * 3600 + 600); // { amount: 5, unit: "hour", text: "about 5 hours" }
 * ```
 */
export function distanceOfSeconds(seconds: number): Distance {
  const minutes = seconds / 60;
  if (seconds < 60) return rounded(seconds, 1, "second");
  if (minutes < 120) return rounded(minutes, 1, "minute");
  if (minutes < 48 * 60) return rounded(minutes / 60, 2, "hour");
  return rounded(minutes / 1440, 2, "day");
}

function rounded(value: number, steps: number, unit: string): Distance {
  const amount = Math.round(value * steps) / steps;
  const exact = Math.abs(amount - value) < 1e-9;
  return { amount, unit, text: `${exact ? "" : "about "}${amount} ${unit}${amount === 1 ? "" : "s"}` };
}

/** Statedness, for choosing between readings of one moment: a written date counts more than an offset. */
function stated(r: ReadDateTime): number {
  return (r.dateStated && r.dayCertain ? 2 : 0) + (r.offset !== null ? 1 : 0);
}

/**
 * Hour-of-day blocks within which every reading `same` as `r` under a
 * tolerance of `toleranceMinutes` also falls: two readings within the
 * tolerance have half-tolerance windows that meet, so they share the hour
 * where they meet. Local clock hours for all; UTC hours too for readings with
 * an offset (those compare with each other as moments). By hour of day, not
 * of date, because a reading with an uncertain day matches across midnight.
 * Unreadable values get none.
 *
 * @example
 * ```ts
 * blocksWithin(read("2011-12-01T14:07"), 5); // ["l14"]
 * ```
 */
export function blocksWithin(r: ResolvedDateTime, toleranceMinutes: number): readonly string[] {
  if (!r.ok) return [];
  const half = (toleranceMinutes * 60) / 2;
  const hours = (prefix: string, t: number): string[] => {
    const from = Math.floor((t - half) / 3600);
    const to = Math.floor((t + half) / 3600);
    if (to - from >= 23) return Array.from({ length: 24 }, (_, h) => `${prefix}${h}`);
    const out: string[] = [];
    for (let h = from; h <= to; h++) out.push(`${prefix}${((h % 24) + 24) % 24}`);
    return out;
  };
  const blocks = hours("l", r.second);
  if (r.offset !== null) blocks.push(...hours("u", r.second - r.offset * 60));
  return [...new Set(blocks)];
}

function label(r: ReadDateTime): string {
  const { year, month, day } = civilFromDays(r.day);
  const clock = r.iso.slice(11).replace(/(Z|[+-]\d{2}:\d{2}(?::\d{2})?)$/, "");
  const offset = r.offset === null ? "" : r.offset === 0 && r.zone === null ? " (UTC)" : ` (${r.zone === null ? "" : `${r.zone}, `}${formatOffset(r.offset)})`;
  return `${clock} on ${day} ${MONTH_NAMES[month - 1]} ${String(year).padStart(4, "0")}${offset}`;
}

/**
 * The `datetime` value module.
 *
 * @example
 * ```ts
 * const ctx = { publishedAt: null, context: "", identify, memo: new Map() };
 * const a = datetimeValues.read({ type: "datetime", expr: "12/01/2011 01:55 PM", anchor: "2011-12-01" }, ctx);
 * const b = datetimeValues.read({ type: "datetime", expr: "1:55pDec 1", anchor: "2011-12-01" }, ctx);
 * datetimeValues.compare(a, b, spec); // { relation: "same" }
 * const c = datetimeValues.read({ type: "datetime", expr: "1:56 PM", anchor: "2011-12-01" }, ctx);
 * datetimeValues.combine([c, a], [1, 3], spec) === a; // true: the more common
 * datetimeValues.label(a); // "13:55 on 1 December 2011"
 * ```
 */
export const datetimeValues: ValueModule<"datetime", ResolvedDateTime> = {
  type: "datetime",
  written: (value) => value.expr ?? value.value ?? "",
  shareKey(value, publishedAt) {
    // An ISO value reads the same for every claim; an expression too, once its reference is fixed: its
    // anchor, else its source's publication date (`read` also shares, through the memo, the expressions
    // that turn out to need no reference at all, whatever the publication date).
    if (value.value !== undefined) return `v\u0000${value.value}\u0000${value.zone ?? ""}`;
    return `e\u0000${value.expr ?? ""}\u0000${value.zone ?? ""}\u0000${value.anchor ?? `@${publishedAt ?? ""}`}`;
  },
  read(value, ctx) {
    if (value.value !== undefined || value.anchor !== undefined) return readDateTime(value, ctx.publishedAt);
    const key = `datetime:${value.expr ?? ""}\u0000${value.zone ?? ""}`;
    const known = ctx.memo.get(key) as ResolvedDateTime | undefined;
    if (known !== undefined) return known;
    const read = readDateTime(value, ctx.publishedAt);
    // Only a reading that took nothing from the publication date holds for every other one.
    if (read.ok && read.against === null) ctx.memo.set(key, read);
    return read;
  },
  failure: (r) => (r.ok ? undefined : r.reason),
  how: (r) => (r.ok ? r.explanation : undefined),
  key: (r) => (r.ok ? r.iso : `?${r.written}`),
  canonical: (r) => (r.ok ? r.iso : r.written),
  label: (r) => (r.ok ? label(r) : r.written),
  compare(a, b, spec): ValueRelation {
    if (!a.ok || !b.ok) return a.written === b.written && !a.ok && !b.ok ? { relation: "same" } : { relation: "different" };
    const seconds = apart(a, b);
    if (seconds <= toleranceSeconds(spec)) return { relation: "same" };
    return { relation: "different", distance: distanceOfSeconds(seconds) };
  },
  support(a, b, spec) {
    if (!a.ok || !b.ok) return 0;
    const excess = (apart(a, b) - toleranceSeconds(spec)) / 60;
    if (excess <= 0) return 1;
    if (excess >= SUPPORT_REACH_MINUTES) return 0;
    return 2 ** (-excess / SUPPORT_HALF_LIFE_MINUTES);
  },
  combine(readings, counts) {
    // One candidate per distinct reading (key and how firmly it is stated), counted.
    const candidates = new Map<string, { reading: ResolvedDateTime; count: number }>();
    for (const [i, r] of readings.entries()) {
      const id = r.ok ? `${r.iso}\u0000${r.dateStated}\u0000${r.dayCertain}` : `?${r.written}`;
      const count = counts[i] ?? 1;
      const seen = candidates.get(id);
      if (seen === undefined) candidates.set(id, { reading: r, count });
      else {
        seen.count += count;
        // The same reading written differently: keep the lexically smaller, so results never depend on input order.
        if (r.written < seen.reading.written) seen.reading = r;
      }
    }
    const list = [...candidates.values()];
    // Votes: the readings that are exactly this moment or clock time (a day's wrap where a day is uncertain).
    const scored = list.map((c) => ({
      ...c,
      votes: list.reduce((sum, d) => sum + (c.reading.ok && d.reading.ok && apart(c.reading, d.reading) === 0 ? d.count : 0), 0),
    }));
    scored.sort((x, y) => {
      const a = x.reading;
      const b = y.reading;
      if (!a.ok || !b.ok) return Number(b.ok) - Number(a.ok) || (a.written < b.written ? -1 : 1);
      return (
        y.votes - x.votes ||
        stated(b) - stated(a) ||
        y.count - x.count ||
        a.day * DAY_SECONDS + a.second - (b.day * DAY_SECONDS + b.second) ||
        (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0) ||
        (a.written < b.written ? -1 : a.written > b.written ? 1 : 0)
      );
    });
    return scored[0]!.reading;
  },
  blocks: (r, spec) => blocksWithin(r, spec.tolerance ?? 0),
};
