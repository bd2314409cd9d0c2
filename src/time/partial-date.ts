import { FIRST_DAY, FIRST_YEAR, LAST_DAY, LAST_YEAR, civilFromDays, daysFromCivil, daysInMonth, isoDay, isoMonth } from "./calendar.js";

/**
 * How finely a date is known. `span` is an interval that no single ISO partial
 * date names (the possible Sundays of a month, "early December" …).
 */
export type DatePrecision = "year" | "month" | "day" | "span";

/**
 * A date as a closed calendar interval of whole days, immutable.
 *
 * `2023` is 2023-01-01 … 2023-12-31 at year precision; `2023-03-19` is one day.
 * `value` is the ISO partial date that names exactly this interval, or `null`
 * when none does (precision `span`).
 *
 * @example
 * ```ts
 * const march = parsePartialDate("2023-03");
 * // { value: "2023-03", precision: "month", start: "2023-03-01", end: "2023-03-31", ... }
 * ```
 */
export interface DateInterval {
  readonly value: string | null;
  readonly precision: DatePrecision;
  /** First day, `YYYY-MM-DD`, inclusive. */
  readonly start: string;
  /** Last day, `YYYY-MM-DD`, inclusive. */
  readonly end: string;
  /** `start` as days since 1970-01-01. */
  readonly startDay: number;
  /** `end` as days since 1970-01-01. */
  readonly endDay: number;
}

/** Why a string is not a partial ISO date, or `null` when it is one. */
export type PartialDateProblem = { readonly reason: string };

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into a {@link DateInterval}.
 * Impossible dates (`2023-02-30`, `2023-13-01`) are rejected with a reason, not thrown.
 *
 * @example
 * ```ts
 * parsePartialDate("2023-02-30"); // { ok: false, reason: "February 2023 has 28 days, not 30" }
 * ```
 */
export function parsePartialDate(
  text: string,
): { readonly ok: true; readonly interval: DateInterval } | { readonly ok: false; readonly reason: string } {
  const m = PARTIAL_DATE.exec(text);
  if (!m) {
    return { ok: false, reason: `"${text}" is not a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD)` };
  }
  const year = Number(m[1]);
  if (m[2] === undefined) return { ok: true, interval: yearInterval(year) };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, reason: `"${text}" has no month ${m[2]} (months run 01 to 12)` };
  if (m[3] === undefined) return { ok: true, interval: monthInterval(year, month) };
  const day = Number(m[3]);
  const length = daysInMonth(year, month);
  if (day < 1 || day > length) {
    return { ok: false, reason: `"${text}" is not a calendar date: ${isoMonth(year, month)} has ${length} days` };
  }
  return { ok: true, interval: dayInterval(daysFromCivil(year, month, day)) };
}

const CALENDAR = `${String(FIRST_YEAR).padStart(4, "0")}–${LAST_YEAR}`;

/**
 * Thrown when an interval would reach outside the years 0000–9999, which no
 * `YYYY` can write ("tomorrow" against 9999-12-31, "1000000 days ago"). Day
 * arithmetic can step past the calendar anywhere in a reading, so rather than
 * check at every step, the one constructor of intervals refuses and
 * `resolveDate` turns the refusal into `{ ok: false, reason }`.
 *
 * @internal
 */
export class OutsideCalendarError extends RangeError {
  /** The day number that fell outside: the start when it lies before 0000-01-01, else the end. */
  readonly day: number;

  constructor(day: number) {
    // Years are told only while day numbers are exact; beyond 2^53 the arithmetic has no year to tell.
    const where = Number.isSafeInteger(day) ? `it would be in the year ${civilFromDays(day).year}` : "far beyond them";
    super(`falls outside the years ${CALENDAR} that a date can name (${where})`);
    this.name = "OutsideCalendarError";
    this.day = day;
  }
}

/**
 * The one place intervals are made, so the one place their range is enforced:
 * every `start`, `end` and `value` is an ISO date of the years 0000–9999.
 * A day number that is not a whole number is a bug, not data.
 */
function make(value: string | null, precision: DatePrecision, startDay: number, endDay: number): DateInterval {
  if (Number.isNaN(startDay) || Number.isNaN(endDay)) throw new RangeError(`not a day number: ${startDay}…${endDay}`);
  if (startDay < FIRST_DAY) throw new OutsideCalendarError(startDay);
  if (endDay > LAST_DAY) throw new OutsideCalendarError(endDay);
  if (!Number.isInteger(startDay) || !Number.isInteger(endDay)) throw new RangeError(`not a whole day number: ${startDay}…${endDay}`);
  return Object.freeze({ value, precision, start: isoDay(startDay), end: isoDay(endDay), startDay, endDay });
}

/** The year `year` as a year-precise interval; outside 0000–9999 it throws {@link OutsideCalendarError}. */
export function yearInterval(year: number): DateInterval {
  return make(String(year).padStart(4, "0"), "year", daysFromCivil(year, 1, 1), daysFromCivil(year, 12, 31));
}

/** Month `month` (1–12) of `year` as a month-precise interval. */
export function monthInterval(year: number, month: number): DateInterval {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`no month ${month} (months run 1 to 12)`);
  return make(
    isoMonth(year, month),
    "month",
    daysFromCivil(year, month, 1),
    daysFromCivil(year, month, daysInMonth(year, month)),
  );
}

/** One day, by its day number (days since 1970-01-01). */
export function dayInterval(day: number): DateInterval {
  return make(isoDay(day), "day", day, day);
}

/**
 * The interval from `startDay` to `endDay`, named by its ISO partial date when
 * it is exactly a day, a month or a year, else a `span` with `value: null`.
 * Throws a `RangeError` for an inverted interval (a bug) and
 * {@link OutsideCalendarError} for one reaching outside the years 0000–9999.
 *
 * @example
 * ```ts
 * intervalFromDays(19417, 19447).value; // "2023-03" (2023-03-01 … 2023-03-31)
 * ```
 */
export function intervalFromDays(startDay: number, endDay: number): DateInterval {
  if (endDay < startDay) throw new RangeError(`interval ends (${endDay}) before it starts (${startDay})`);
  if (startDay === endDay) return dayInterval(startDay);
  const s = civilFromDays(startDay);
  const e = civilFromDays(endDay);
  if (s.day === 1 && s.year === e.year) {
    if (s.month === 1 && e.month === 12 && e.day === 31) return yearInterval(s.year);
    if (s.month === e.month && e.day === daysInMonth(e.year, e.month)) return monthInterval(s.year, s.month);
  }
  return make(null, "span", startDay, endDay);
}

/** The relation of two date intervals. */
export type DateRelation =
  | { readonly relation: "same" }
  | {
      readonly relation: "compatible";
      /** The coarser of the two precisions: the precision at which they agree. */
      readonly precision: DatePrecision;
    }
  | {
      readonly relation: "disjoint";
      /** Whole days between the end of the earlier and the start of the later, at least 1. */
      readonly gapDays: number;
    };

const RANK: Record<DatePrecision, number> = { day: 0, month: 1, span: 2, year: 3 };

/** The coarser of two precisions (`year` > `span` > `month` > `day`). */
export function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return RANK[a] >= RANK[b] ? a : b;
}

/**
 * Compare two intervals: `same`, `compatible` (they overlap, so they agree at the
 * coarser precision: March 2023 and 19 March 2023) or `disjoint` with the gap in days.
 * Symmetric: `compareDates(a, b)` and `compareDates(b, a)` give the same relation.
 *
 * @example
 * ```ts
 * compareDates(parse("2023-03"), parse("2023-03-19")); // { relation: "compatible", precision: "month" }
 * ```
 */
export function compareDates(a: DateInterval, b: DateInterval): DateRelation {
  if (a.startDay === b.startDay && a.endDay === b.endDay) return { relation: "same" };
  if (a.startDay <= b.endDay && b.startDay <= a.endDay) {
    return { relation: "compatible", precision: coarser(a.precision, b.precision) };
  }
  const gapDays = a.endDay < b.startDay ? b.startDay - a.endDay : a.startDay - b.endDay;
  return { relation: "disjoint", gapDays };
}

/** The part two overlapping intervals share, or `null` when they are disjoint. */
export function intersectDates(a: DateInterval, b: DateInterval): DateInterval | null {
  const start = Math.max(a.startDay, b.startDay);
  const end = Math.min(a.endDay, b.endDay);
  return start <= end ? intervalFromDays(start, end) : null;
}

/** A short human label: "19 March 2023", "March 2023", "2023", "2023-02-26 to 2023-03-26". */
export function describeInterval(interval: DateInterval): string {
  if (interval.precision === "span") return `${interval.start} to ${interval.end}`;
  return interval.value!;
}
