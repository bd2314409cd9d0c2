/**
 * A `datetime` value, read: an ISO 8601 `value` as it stands, or an `expr`
 * through the written-time grammar, then placed in its IANA `zone` if it has
 * one. The result is plain frozen data; a value that cannot be read carries
 * the reason instead of a reading, never an exception.
 *
 * @internal
 */
import { daysFromCivil, daysInMonth, isoDay } from "../../time/calendar.js";
import { parsePartialDate } from "../../time/partial-date.js";
import type { DateTimeValue } from "../../model/types.js";
import type { ResolvedBase } from "../value-module.js";
import { readWritten, type Reference } from "./read-written.js";
import { formatOffset, knowsZone, placeInZone, zoneOffsetAt } from "./zones.js";

/**
 * A `datetime` value that was read.
 *
 * @example
 * ```ts
 * // "12/1/2011 2:07PM EST" against anchor 2011-12-01:
 * // { ok: true, iso: "2011-12-01T14:07-05:00", day: 15309, second: 50820, offset: -300, zone: null,
 * //   dateStated: true, dayCertain: true, zoneStated: true, remark: null, against: "anchor 2011-12-01", … }
 * ```
 */
export interface ReadDateTime extends ResolvedBase<"datetime"> {
  readonly ok: true;
  /**
   * ISO 8601 in the clock time the source used, never converted to another
   * zone; its offset when one is known (`Z` for zero); seconds only when
   * stated and not zero: `2011-12-01T14:07`, `2011-12-01T14:07-05:00`.
   */
  readonly iso: string;
  /** The local date, as days since 1970-01-01. */
  readonly day: number;
  /** Seconds since the local midnight (0–86399). */
  readonly second: number;
  /** Minutes east of UTC (−300 for −05:00), or `null` for a local clock time with no zone. */
  readonly offset: number | null;
  /** The IANA zone the offset came from, if any. */
  readonly zone: string | null;
  /** The source wrote the date (or its weekday), rather than it being taken from the anchor or publication date. */
  readonly dateStated: boolean;
  /** `false` when the day may be one off: taken from a reference, "midnight", or a weekday its date contradicts. */
  readonly dayCertain: boolean;
  /** An offset is known: written, named by an abbreviation, or given by a zone. */
  readonly zoneStated: boolean;
  /** What the page said about the time: "estimated", "runway", "on time". */
  readonly remark: string | null;
  /** What a part of the date was taken from ("anchor 2011-12-01"), or `null` when the text needed nothing. */
  readonly against: string | null;
  /** How it was read, or `undefined` for an ISO value read as written. */
  readonly explanation: string | undefined;
}

/**
 * A `datetime` value that could not be read, and why.
 *
 * @example
 * ```ts
 * // { type: "datetime", written: "Not Available", ok: false, reason: "'Not Available' states no time of day (it says 'not available')" }
 * ```
 */
export interface UnreadDateTime extends ResolvedBase<"datetime"> {
  readonly ok: false;
  readonly reason: string;
}

/**
 * A `datetime` value as the engine resolved it: read, or not with a reason.
 *
 * @example
 * ```ts
 * const r: ResolvedDateTime = datetimeValues.read(value, ctx);
 * if (r.ok) r.iso; else r.reason;
 * ```
 */
export type ResolvedDateTime = ReadDateTime | UnreadDateTime;

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * `2011-12-01T14:07`, with seconds when not zero and the offset when known.
 *
 * @example
 * ```ts
 * isoOf(15309, 50820, -300); // "2011-12-01T14:07-05:00"
 * ```
 */
export function isoOf(day: number, second: number, offset: number | null): string {
  const h = Math.floor(second / 3600);
  const m = Math.floor((second % 3600) / 60);
  const s = second % 60;
  const clock = `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}${s === 0 ? "" : `:${String(s).padStart(2, "0")}`}`;
  return `${isoDay(day)}T${clock}${offset === null ? "" : formatOffset(offset)}`;
}

/**
 * Read a `datetime` value. An `expr` is read against its `anchor`, else the
 * source's publication date (`publishedAt`, `null` when unknown).
 *
 * @example
 * ```ts
 * readDateTime({ type: "datetime", expr: "2:07 PMDec 01", anchor: "2011-12-01" }, null).iso; // "2011-12-01T14:07"
 * ```
 */
export function readDateTime(value: DateTimeValue, publishedAt: string | null): ResolvedDateTime {
  const read = value.value !== undefined ? readIso(value.value, value.zone) : readExpr(value, publishedAt);
  return Object.freeze(read);
}

function unread(written: string, reason: string): UnreadDateTime {
  return { type: "datetime", written, ok: false, reason };
}

function readIso(text: string, zone: string | undefined): ResolvedDateTime {
  const m = ISO.exec(text);
  if (m === null) return unread(text, `"${text}" is not an ISO 8601 date and time (YYYY-MM-DDTHH:MM, seconds and an offset optional)`);
  const [year, month, date, hour, minute, sec] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) return unread(text, `"${text}" is not a calendar date`);
  if (hour > 23 || minute > 59 || sec > 59) return unread(text, `"${text}" has no such time of day`);
  let offset: number | null = null;
  if (m[8] !== undefined) {
    const digits = m[8].replace(":", "");
    offset = m[8] === "Z" ? 0 : (digits[0] === "-" ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3)));
    if (Math.abs(offset) > 18 * 60 || Number(digits.slice(3)) > 59) return unread(text, `"${text}" has an impossible offset ${m[8]}`);
  }
  const day = daysFromCivil(year, month, date);
  const second = (hour * 60 + minute) * 60 + sec;
  const notes: string[] = [];
  if (m[7] !== undefined) notes.push("the fraction of a second set aside");
  if (zone !== undefined) {
    const zoned = inZone(day, second, offset === null ? null : { minutes: offset, text: m[8]! }, zone, notes);
    if (typeof zoned === "string") return unread(text, zoned);
    offset = zoned;
  }
  const iso = isoOf(day, second, offset);
  const where = zone === undefined ? "" : ` in ${zone}`;
  return {
    type: "datetime",
    written: text,
    ok: true,
    iso,
    day,
    second,
    offset,
    zone: zone ?? null,
    dateStated: true,
    dayCertain: true,
    zoneStated: offset !== null,
    remark: null,
    against: null,
    explanation: notes.length === 0 ? undefined : `'${text}'${where} → ${iso} (${notes.join("; ")})`,
  };
}

function readExpr(value: DateTimeValue, publishedAt: string | null): ResolvedDateTime {
  const text = value.expr ?? "";
  if (text.trim() === "") return unread(text, "the time is empty");
  const reference = referenceOf(value.anchor, publishedAt);
  const read = readWritten(text, reference);
  if (!read.ok) return unread(text, `'${text}'${read.reason.startsWith("'") ? ":" : ""} ${read.reason}`);
  const w = read.value;
  const notes = [...w.notes];
  const zone = value.zone ?? w.region?.zone;
  if (value.zone !== undefined && w.region !== null && w.region.zone !== value.zone) {
    return unread(text, `'${text}' says ${w.region.text}, but the value's zone is ${value.zone}`);
  }
  let offset = w.offset?.minutes ?? null;
  if (zone !== undefined) {
    const zoned = inZone(w.day, w.second, w.offset, zone, notes, w.region?.text);
    if (typeof zoned === "string") return unread(text, `'${text}': ${zoned}`);
    offset = zoned;
  }
  if (offset === null) notes.push("no zone");
  const iso = isoOf(w.day, w.second, offset);
  const against = w.usedReference && reference !== null ? `${reference.label} ${reference.text}` : null;
  return {
    type: "datetime",
    written: text,
    ok: true,
    iso,
    day: w.day,
    second: w.second,
    offset,
    zone: zone ?? null,
    dateStated: w.dateStated,
    dayCertain: w.dayCertain,
    zoneStated: offset !== null,
    remark: w.remark,
    against,
    explanation: `'${text}'${against === null ? "" : ` against ${against}`} → ${iso}${notes.length === 0 ? "" : ` (${notes.join("; ")})`}`,
  };
}

function referenceOf(anchor: string | undefined, publishedAt: string | null): Reference | null {
  const text = anchor ?? publishedAt;
  if (text === null || text === undefined) return null;
  const label = anchor !== undefined ? "anchor" : "publication date";
  const parsed = parsePartialDate(text);
  return parsed.ok ? { label, text, interval: parsed.interval } : { label, text, interval: undefined, problem: parsed.reason };
}

/**
 * The offset of a local time in an IANA zone, or why there is none. A written
 * offset must be the zone's own at that time: "14:07 -05:00" in Chicago in
 * December says two different things, and which one is meant is not ours to guess.
 */
function inZone(
  day: number,
  second: number,
  written: { readonly minutes: number; readonly text: string } | null,
  zone: string,
  notes: string[],
  regionText?: string,
): number | string {
  if (!knowsZone(zone)) return `"${zone}" is not an IANA time zone this runtime knows`;
  const localMs = (day * 86_400 + second) * 1000;
  const clock = isoOf(day, second, null);
  if (written !== null) {
    const actual = zoneOffsetAt(zone, localMs - written.minutes * 60_000);
    if (actual !== written.minutes) {
      return `${clock}${formatOffset(written.minutes)} is not a time in ${zone}, whose offset then is ${formatOffset(actual)}`;
    }
    return written.minutes;
  }
  const placed = placeInZone(zone, localMs)!;
  const offset = formatOffset(placed.offset);
  const name = regionText === undefined ? zone : `'${regionText.replace(/\b[a-z]/g, (c) => c.toUpperCase())}' in ${zone}`;
  if (placed.gap) {
    notes.push(`${clock.slice(11)} does not exist in ${name} that day (the clocks went forward): read at the offset before the change, ${offset}, as luxon does`);
  } else if (placed.overlap) {
    notes.push(`${clock.slice(11)} happens twice in ${name} that night: read as the first, ${offset}`);
  } else {
    notes.push(`${name} as ${offset}`);
  }
  return placed.offset;
}
