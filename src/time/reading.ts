/**
 * The machinery shared by the readings of date expressions: what a reading
 * returns, what it reads against, and how a reference's uncertainty, the
 * context's tense and a year-less date's yearly occurrences are handled.
 *
 * @internal
 */
import { civilFromDays, daysInMonth, isoWeekday, monthName, shiftMonth as shiftCivilMonth, weekdayName } from "./calendar.js";
import { weekdayNumber } from "./lexicon.js";
import { dayInterval, intervalFromDays, monthInterval, type DateInterval } from "./partial-date.js";
import type { ResolvedDate } from "./resolve-date.js";
import { tenseCue, type Direction, type TenseCue } from "./tense.js";

export type Outcome =
  | {
      readonly interval: DateInterval;
      readonly kind: ResolvedDate["kind"];
      readonly how?: string;
      readonly direction?: { direction: Direction; cue: string };
      readonly weekdayMismatch?: ResolvedDate["weekdayMismatch"];
    }
  | { readonly fail: string };

/** A stretch of whole days, not yet an interval: it may lie outside the years 0000–9999. */
export interface Days {
  readonly startDay: number;
  readonly endDay: number;
}

export function oneDay(day: number): Days {
  return { startDay: day, endDay: day };
}

export interface Env {
  readonly text: string;
  readonly ref: DateInterval | undefined;
  readonly context: string | undefined;
  /** Set when the reading looked at the context: then the result holds for this context only. */
  usedContext: boolean;
}

export function validDay(year: number, monthNo: number, day: number | undefined): string | undefined {
  if (day === undefined || day < 1 || day > daysInMonth(year, monthNo)) {
    return `${day ?? "?"} is not a day of ${monthName(year, monthNo)}`;
  }
  return undefined;
}

export function withWeekday(day: number, statedWord: string | undefined): Pick<Extract<Outcome, { interval: unknown }>, "weekdayMismatch"> {
  if (statedWord === undefined) return {};
  const stated = weekdayNumber(statedWord)!;
  const actual = isoWeekday(day);
  if (stated === actual) return {};
  return { weekdayMismatch: { date: dayInterval(day).value!, stated: weekdayName(stated), actual: weekdayName(actual) } };
}

// --- the reference, the context and yearly occurrences ---------------------------

export function needReference(env: Env): DateInterval | { fail: string } {
  return env.ref ?? { fail: "needs a reference date (the publication date is unknown and no anchor was given)" };
}

/** Apply a day → interval reading to both ends of the reference and take the hull. */
export function hull(ref: DateInterval, f: (day: number) => DateInterval): DateInterval {
  const a = f(ref.startDay);
  const b = ref.startDay === ref.endDay ? a : f(ref.endDay);
  return intervalFromDays(Math.min(a.startDay, b.startDay), Math.max(a.endDay, b.endDay));
}

export function civil(day: number): { year: number; month: number } {
  return civilFromDays(day);
}

/** The month `months` months from the one holding `day`. */
export function shiftMonth(day: number, months: number): DateInterval {
  const { year, month } = civilFromDays(day);
  const shifted = shiftCivilMonth(year, month, months);
  return monthInterval(shifted.year, shifted.month);
}

export function isoWeek(day: number): DateInterval {
  const monday = day - (isoWeekday(day) - 1);
  return intervalFromDays(monday, monday + 6);
}

/** Past or future, from an explicit modifier, else the context's tense. */
export function directionOf(env: Env, prepositions = false): TenseCue | undefined {
  if (env.context === undefined) return undefined;
  env.usedContext = true;
  return tenseCue(env.context, env.text, { prepositions });
}

/**
 * Beyond this many days (about ten months), a cue no longer outweighs a nearer
 * occurrence: a writer meaning a date almost a year away gives its year.
 */
const CUE_REACH = 300;

/**
 * Pick one yearly occurrence of a year-less date (a month, a day of a month, a
 * holiday) for a reference: the one inside a month- or year-precise reference
 * if there is exactly one, else the past or future one by the context's tense,
 * else the nearest.
 *
 * Candidates are weighed as plain day numbers: around 0000 or 9999 some lie
 * outside the calendar, and only the one chosen becomes an interval (which
 * refuses, when it is one of those, instead of printing a five-digit year).
 */
export function pickOccurrence(
  occurrence: (year: number) => Days | undefined,
  modifier: string | undefined,
  env: Env,
): Outcome {
  const picked = pick(occurrence, modifier, env);
  if ("fail" in picked) return picked;
  const { days, ...why } = picked;
  return { interval: intervalFromDays(days.startDay, days.endDay), kind: "relative", ...why };
}

type Picked =
  | { readonly days: Days; readonly how: string; readonly direction?: { direction: Direction; cue: string } }
  | { readonly fail: string };

function pick(occurrence: (year: number) => Days | undefined, modifier: string | undefined, env: Env): Picked {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const first = civil(ref.startDay).year;
  const last = civil(ref.endDay).year;
  const candidates: Days[] = [];
  for (let year = first - 2; year <= last + 2; year++) {
    const c = occurrence(year);
    if (c) candidates.push(c);
  }
  if (candidates.length === 0) return { fail: "no such date in the years around the reference" };
  if (modifier === "last" || modifier === "past" || modifier === "this past") {
    const c = candidates.filter((c) => c.endDay < ref.startDay).at(-1);
    return c ? { days: c, how: "the last one before the reference" } : { fail: "no earlier occurrence" };
  }
  if (modifier === "next" || modifier === "coming" || modifier === "this coming") {
    const c = candidates.find((c) => c.startDay > ref.endDay);
    return c ? { days: c, how: "the next one after the reference" } : { fail: "no later occurrence" };
  }
  if (modifier === "this" && ref.precision !== "span") {
    const c = candidates.find((c) => civil(c.startDay).year === first);
    if (c && first === last) return { days: c, how: "the one in the reference's year" };
  }
  if (ref.precision !== "day") {
    const inside = candidates.filter((c) => c.startDay <= ref.endDay && ref.startDay <= c.endDay);
    if (inside.length === 1) return { days: inside[0]!, how: `within the reference's ${ref.precision}` };
  }
  const distance = (c: Days) => Math.max(0, c.startDay - ref.endDay, ref.startDay - c.endDay);
  const nearest = candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  const cue = directionOf(env, true);
  if (cue !== undefined) {
    const chosen =
      cue.direction === "past"
        ? candidates.filter((c) => c.startDay <= ref.endDay).at(-1)
        : candidates.find((c) => c.endDay >= ref.startDay);
    const direction = { direction: cue.direction, cue: cue.cue };
    if (chosen && (distance(chosen) <= CUE_REACH || chosen === nearest)) {
      return { days: chosen, direction, how: `the ${cue.direction === "past" ? "past" : "coming"} one: '${cue.cue}'` };
    }
    if (chosen) {
      return { days: nearest, how: `the nearest one: the ${cue.direction} one that '${cue.cue}' suggests is over ten months away` };
    }
  }
  return { days: nearest, how: "the nearest one; the context gives no tense" };
}

/** The year a YEAR_REL phrase names ("last year", "of that year"), read against the reference. */
export function yearFromRelation(relation: string, env: Env): { year: number; kind: "relative" | "anaphoric" } | { fail: string } {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const first = civil(ref.startDay).year;
  if (first !== civil(ref.endDay).year) return { fail: "the reference spans more than one year" };
  const r = relation.replace(/^of /, "");
  if (r === "that year" || r === "the same year") return { year: first, kind: "anaphoric" };
  if (r === "the following year") return { year: first + 1, kind: "anaphoric" };
  if (r === "the previous year" || r === "the year before" || r === "the prior year") return { year: first - 1, kind: "anaphoric" };
  if (r === "last year") return { year: first - 1, kind: "relative" };
  if (r === "next year") return { year: first + 1, kind: "relative" };
  return { year: first, kind: "relative" };
}
