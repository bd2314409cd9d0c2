/**
 * The date of a written time: the date the text writes, placed on the
 * calendar, or the reference's. What the text leaves out comes from a
 * reference (the value's anchor, else its source's publication date), and the
 * reading says so:
 * - no date: the reference's day, which must be day-precise ("14:07" against a
 *   month cannot be placed). Such a day is *uncertain*: a late flight's
 *   "12:30 AM" read against its departure date may well be the next day, so
 *   comparisons allow it a day either way. A weekday alone ("Thu 14:07") is
 *   the nearest such day to the reference;
 * - no year ("Dec 01"): the year that puts the date nearest the reference
 *   (ties: the earlier, since pages mostly report what has happened); two
 *   digits ("12/1/11"): the century likewise, or without a reference the
 *   POSIX rule (69–99 → 1900s, 00–68 → 2000s);
 * - a numeric date that reads both ways ("01/02/2011": 2 January or 1 February):
 *   month first is the common web convention, but it must be confirmed: the
 *   reading within {@link CONFIRM_DAYS} days of the reference is taken (the
 *   other reading is always nearly a month or more away). With no reference
 *   near either reading, the value is not read: a guess would be a month
 *   wrong whenever the source is European.
 *
 * A text that names two days for one time ("2011-12-01 11/30 5:20 PM": a page
 * date and the time's own) is read on the date written next to the time; one
 * whose weekday is not its date's ("2011-12-01 Wed 23:55") is read on the date,
 * and its day is uncertain (which of the two is wrong cannot be told).
 *
 * @internal
 */
import { daysFromCivil, daysInMonth, isoDay, isoWeekday, MONTH_NAMES, weekdayName } from "../../time/calendar.js";
import type { DateInterval } from "../../time/partial-date.js";
import type { Token } from "./tokens.js";

/** A written numeric date is taken in the order whose reading lies within this many days of the reference. */
export const CONFIRM_DAYS = 7;

/** What a written time is read against. */
export interface Reference {
  /** "anchor" or "publication date". */
  readonly label: string;
  /** The reference as written: "2011-12-01", "2011-12". */
  readonly text: string;
  /** The reference as an interval, or `undefined` when it is not a date (then `problem` says why). */
  readonly interval: DateInterval | undefined;
  readonly problem?: string;
}

/** A reading, or why there is none. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** @example `ok(3)` → `{ ok: true, value: 3 }` */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
/** @example `fail("has no date")` → `{ ok: false, reason: "has no date" }` */
export const fail = (reason: string): { readonly ok: false; readonly reason: string } => ({ ok: false, reason });

/** A date as written, before it is placed: one reading, or two when a numeric date reads both ways. */
interface Phrase {
  readonly text: string;
  readonly first: number;
  readonly last: number;
  readonly readings: readonly Written[];
}

/** One reading of a written date; `year` as written (`digits` 0 when absent). */
interface Written {
  readonly year: number;
  readonly digits: number;
  readonly month: number;
  readonly day: number;
}

/** A date placed on the calendar, and how firmly. */
export interface Placed {
  readonly day: number;
  readonly dateStated: boolean;
  readonly dayCertain: boolean;
  readonly usedReference: boolean;
}

/** The date of the time at token `clock.index`, written or from the reference; `notes` collects how. */
export function dateOf(
  tokens: readonly Token[],
  clock: { readonly index: number; readonly taken: readonly number[] },
  weekday: number | undefined, reference: Reference | null, notes: string[]): Result<Placed> {
  const phrases = datePhrases(tokens, new Set(clock.taken));
  if (!phrases.ok) return phrases;
  const list = phrases.value;
  if (list.length === 0) return fromReference(weekday, reference, notes);
  if (list.length > 2) return fail(`names ${list.length} dates (${list.map((p) => `'${p.text}'`).join(", ")})`);
  let own = list[0]!;
  let usedReference = false;
  let against: Reference | null = reference;
  let otherDay: number | undefined;
  if (list.length === 2) {
    // Two dates: the time's own is the one written next to it; the other (a page or flight date) is its reference.
    const gap = (p: Phrase) => (p.last < clock.index ? clock.index - p.last : p.first - clock.index);
    const [a, b] = list as [Phrase, Phrase];
    own = gap(b) <= gap(a) ? b : a;
    const other = own === a ? b : a;
    const placedOther = place(other, reference, []);
    if (!placedOther.ok) return fail(`'${other.text}' ${placedOther.reason}`);
    usedReference = placedOther.value.usedReference;
    otherDay = placedOther.value.day;
    against = { label: `date '${other.text}'`, text: isoDay(otherDay), interval: dayIntervalOf(otherDay) };
  }
  const placed = place(own, against, notes);
  if (!placed.ok) return fail(list.length === 2 ? `'${own.text}' ${placed.reason}` : placed.reason);
  const day = placed.value.day;
  let dayCertain = true;
  if (otherDay !== undefined && otherDay !== day) {
    // The page's date is not the time's: the time is on the date written beside it (a site showing another day's
    // flight states another day, which is a different value, not the same time with a doubtful day).
    notes.push(`the date beside the time; '${list.find((p) => p !== own)!.text}' is written too (a page date)`);
  }
  if (weekday !== undefined && isoWeekday(day) !== weekday) {
    dayCertain = false;
    notes.push(`but ${isoDay(day)} is a ${weekdayName(isoWeekday(day))}, not a ${weekdayName(weekday)}, so the day is uncertain`);
  }
  return ok({ day, dateStated: true, dayCertain, usedReference: usedReference || (placed.value.usedReference && against === reference) });
}

function dayIntervalOf(day: number): DateInterval {
  const iso = isoDay(day);
  return { value: iso, precision: "day", start: iso, end: iso, startDay: day, endDay: day };
}

/** No date written: the reference's day, or the day of the written weekday nearest it. */
function fromReference(weekday: number | undefined, reference: Reference | null, notes: string[]): Result<Placed> {
  if (reference === null) return fail("has no date, and there is no anchor or publication date to take it from");
  const ref = reference.interval;
  if (ref === undefined) return fail(`has no date, and the ${reference.label} is not usable: ${reference.problem ?? reference.text}`);
  if (ref.precision !== "day") {
    return fail(`has no date, and the ${reference.label} ${reference.text} names ${ref.precision === "month" ? "a month" : ref.precision === "year" ? "a year" : "a span"}, not a day`);
  }
  if (weekday === undefined) {
    notes.push(`the date from the ${reference.label}`);
    return ok({ day: ref.startDay, dateStated: false, dayCertain: false, usedReference: true });
  }
  // The written weekday nearest the reference: within three days either way, so exactly one.
  const shift = ((((weekday - isoWeekday(ref.startDay)) % 7) + 10) % 7) - 3;
  if (ref.startDay + shift < MIN_DAY || ref.startDay + shift > MAX_DAY) return fail("falls outside the years 0000–9999");
  notes.push(`the day from '${weekdayName(weekday)}' and the ${reference.label}`);
  return ok({ day: ref.startDay + shift, dateStated: true, dayCertain: true, usedReference: true });
}

/** The dates written in the tokens (those the clock did not take). */
function datePhrases(tokens: readonly Token[], taken: ReadonlySet<number>): Result<readonly Phrase[]> {
  const phrases: Phrase[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (taken.has(i)) {
      i++;
    } else if (t.kind === "numeric-date") {
      const readings = numericReadings(t);
      if (readings.length === 0) return fail(`'${t.text}' is not a date`);
      phrases.push({ text: t.text, first: i, last: i, readings });
      i++;
    } else if (t.kind === "month" || t.kind === "number") {
      let j = i;
      while (j < tokens.length && !taken.has(j) && (tokens[j]!.kind === "month" || tokens[j]!.kind === "number")) j++;
      const run = tokens.slice(i, j);
      const reading = namedDate(run);
      const text = run.map((r) => r.text).join(" ");
      if (reading === undefined) return fail(run.some((r) => r.kind === "month") ? `cannot read the date '${text}'` : `cannot read '${text}'`);
      if (reading === "no day") return fail(`'${text}' names a month but no day`);
      phrases.push({ text, first: i, last: j - 1, readings: [reading] });
      i = j;
    } else {
      i++;
    }
  }
  return ok(phrases);
}

function numericReadings(t: Extract<Token, { kind: "numeric-date" }>): Written[] {
  if (t.order === "ymd") return [{ year: t.first, digits: 4, month: t.second, day: t.third! }];
  const year = t.third ?? 0;
  const monthFirst = { year, digits: t.yearDigits, month: t.first, day: t.second };
  const dayFirst = { year, digits: t.yearDigits, month: t.second, day: t.first };
  const candidates = t.first === t.second ? [monthFirst] : [monthFirst, dayFirst];
  return candidates.filter((c) => c.month >= 1 && c.month <= 12 && c.day >= 1 && c.day <= 31);
}

/** "Dec 01", "Dec.02, 2011", "December 8, 2011", "04 Dec 2011", "2011 Dec 4". */
function namedDate(run: readonly Token[]): Written | "no day" | undefined {
  const shape = run.map((t) => (t.kind === "month" ? "M" : t.kind === "number" && t.digits <= 2 ? "d" : t.kind === "number" && t.digits === 4 ? "Y" : "?")).join("");
  const n = (k: number) => (run[k] as { value: number }).value;
  const m = (k: number) => (run[k] as { month: number }).month;
  switch (shape) {
    case "Md":
      return { year: 0, digits: 0, month: m(0), day: n(1) };
    case "MdY":
      return { year: n(2), digits: 4, month: m(0), day: n(1) };
    case "dM":
      return { year: 0, digits: 0, month: m(1), day: n(0) };
    case "dMY":
      return { year: n(2), digits: 4, month: m(1), day: n(0) };
    case "YMd":
      return { year: n(0), digits: 4, month: m(1), day: n(2) };
    case "M":
    case "MY":
    case "YM":
      return "no day";
    default:
      return undefined;
  }
}

/** The corpus format's calendar: the years 0000–9999. */
export const MIN_DAY = daysFromCivil(0, 1, 1);
export const MAX_DAY = daysFromCivil(9999, 12, 31);

function monthDay(w: Written): string {
  return `${w.day} ${MONTH_NAMES[w.month - 1]}`;
}

function distanceTo(day: number, ref: DateInterval): number {
  return day < ref.startDay ? ref.startDay - day : day > ref.endDay ? day - ref.endDay : 0;
}

/** Place a written date on the calendar, taking from the reference what it leaves out. */
function place(phrase: Phrase, reference: Reference | null, notes: string[]): Result<Placed> {
  const ref = reference?.interval;
  const placed = phrase.readings.map((w) => placeOne(w, reference));
  const good = placed.flatMap((p, k) => (p.ok ? [{ ...p.value, written: phrase.readings[k]! }] : []));
  if (good.length === 0) return placed[0] as { ok: false; reason: string };
  let chosen = good[0]!;
  if (good.length === 2) {
    const [a, b] = good as [typeof chosen, typeof chosen];
    const readings = `${monthDay(a.written)} or ${monthDay(b.written)}`;
    if (ref === undefined) {
      return fail(`'${phrase.text}' could be ${readings}, and no anchor or publication date decides which`);
    }
    const near = good.filter((g) => distanceTo(g.day, ref) <= CONFIRM_DAYS);
    if (near.length !== 1) {
      return fail(`'${phrase.text}' could be ${readings}, and the ${reference!.label} ${reference!.text} is near neither`);
    }
    chosen = { ...near[0]!, usedReference: true };
    notes.push(
      chosen.written === a.written
        ? `'${phrase.text}' read month first (${monthDay(a.written)}), as the ${reference!.label} confirms`
        : `'${phrase.text}' read day first (${monthDay(b.written)}), as the ${reference!.label} shows`,
    );
  }
  notes.unshift(...chosen.notes);
  return ok({ day: chosen.day, dateStated: true, dayCertain: true, usedReference: chosen.usedReference });
}

function placeOne(w: Written, reference: Reference | null): Result<{ day: number; usedReference: boolean; notes: string[] }> {
  const ref = reference?.interval;
  const years: number[] = [];
  const notes: string[] = [];
  let usedReference = false;
  if (w.digits === 4) {
    years.push(w.year);
  } else if (ref === undefined) {
    if (w.digits === 0) {
      if (reference?.problem !== undefined) return fail(`has no year, and the ${reference.label} is not usable: ${reference.problem}`);
      return fail("has no year, and there is no anchor or publication date to take it from");
    }
    const year = w.year + (w.year < 69 ? 2000 : 1900);
    years.push(year);
    notes.push(`'${String(w.year).padStart(2, "0")}' read as ${year}`);
  } else {
    usedReference = true;
    const from = Number(ref.start.slice(0, 4));
    const to = Number(ref.end.slice(0, 4));
    if (w.digits === 0) {
      for (let y = from - 1; y <= to + 1; y++) years.push(y);
      notes.push(`the year from the ${reference!.label}`);
    } else {
      for (let c = Math.floor(from / 100) * 100 - 100; c <= Math.floor(to / 100) * 100 + 100; c += 100) years.push(c + w.year);
      notes.push(`the century from the ${reference!.label}`);
    }
  }
  let best: number | undefined;
  let reason = "";
  for (const year of years) {
    if (year < 0 || year > 9999) {
      reason = `falls outside the years 0000–9999`;
      continue;
    }
    const length = daysInMonth(year, w.month);
    if (w.day > length) {
      reason = `is not a calendar date: ${MONTH_NAMES[w.month - 1]} ${year} has ${length} days`;
      continue;
    }
    const day = daysFromCivil(year, w.month, w.day);
    // Nearest the reference; on a tie the earlier, since pages mostly report what has happened.
    if (best === undefined || (ref !== undefined && distanceTo(day, ref) < distanceTo(best, ref))) best = day;
  }
  if (best === undefined || best < MIN_DAY || best > MAX_DAY) return fail(reason || "falls outside the years 0000–9999");
  return ok({ day: best, usedReference, notes });
}
