/**
 * Readings of calendar dates: full dates, months and years (absolute), and
 * year-less dates and holidays, whose year comes from the reference.
 *
 * @internal
 */
import { daysFromCivil, daysInMonth, isoWeekday, monthDays, weekdayName } from "./calendar.js";
import { monthNumber, ordinal, weekdayNumber, yearInWords } from "./lexicon.js";
import { dayInterval, monthInterval, parsePartialDate, yearInterval } from "./partial-date.js";
import { civil, oneDay, pickOccurrence, validDay, withWeekday, yearFromRelation, type Days, type Env, type Outcome } from "./reading.js";

export function absoluteIso(text: string): Outcome {
  const parsed = parsePartialDate(text);
  return parsed.ok ? { interval: parsed.interval, kind: "absolute" } : { fail: parsed.reason };
}

export function absoluteDay(year: number, monthWord: string, dayWord: string, weekdayWord: string | undefined): Outcome {
  const monthNo = monthNumber(monthWord)!;
  const day = ordinal(dayWord);
  const invalid = validDay(year, monthNo, day);
  if (invalid) return { fail: invalid };
  const days = daysFromCivil(year, monthNo, day!);
  return { interval: dayInterval(days), kind: "absolute", ...withWeekday(days, weekdayWord) };
}

export function absoluteMonth(year: number, monthWord: string): Outcome {
  return { interval: monthInterval(year, monthNumber(monthWord)!), kind: "absolute" };
}

export function absoluteYear(year: number): Outcome {
  if (year < 1000 || year > 2999) return { fail: `${year} is outside the years this resolver reads (1000–2999)` };
  return { interval: yearInterval(year), kind: "absolute" };
}

export function wordsYear(words: string): Outcome | undefined {
  const year = yearInWords(words);
  return year === undefined ? undefined : absoluteYear(year);
}

// --- year-less calendar dates ---------------------------------------------------

export function monthDay(
  monthWord: string,
  dayWord: string,
  relation: string | undefined,
  weekdayWord: string | undefined,
  modifier: string | undefined,
  env: Env,
): Outcome {
  const monthNo = monthNumber(monthWord)!;
  const day = ordinal(dayWord);
  if (day === undefined || day < 1 || day > 31) return { fail: `${dayWord} is not a day of the month` };
  if (relation !== undefined) {
    const y = yearFromRelation(relation, env);
    if ("fail" in y) return y;
    const invalid = validDay(y.year, monthNo, day);
    if (invalid) return { fail: invalid };
    const days = daysFromCivil(y.year, monthNo, day);
    return { interval: dayInterval(days), kind: y.kind, how: `the year from '${relation}'`, ...withWeekday(days, weekdayWord) };
  }
  const on = (year: number): Days | undefined => (day <= daysInMonth(year, monthNo) ? oneDay(daysFromCivil(year, monthNo, day)) : undefined);
  if (weekdayWord !== undefined && env.ref !== undefined) {
    // A stated weekday picks the year: the nearest year around the reference in which the date falls on it.
    const year = civil(env.ref.startDay).year;
    const stated = weekdayNumber(weekdayWord)!;
    const match = [year, year + 1, year - 1].map(on).find((c) => c !== undefined && isoWeekday(c.startDay) === stated);
    if (match) return { interval: dayInterval(match.startDay), kind: "relative", how: `the year in which it is a ${weekdayName(stated)}` };
  }
  const outcome = pickOccurrence(on, modifier, env);
  return "fail" in outcome ? outcome : { ...outcome, ...withWeekday(outcome.interval.startDay, weekdayWord) };
}

export function month(monthWord: string, modifier: string | undefined, relation: string | undefined, env: Env): Outcome {
  const monthNo = monthNumber(monthWord)!;
  if (relation !== undefined) {
    const y = yearFromRelation(relation, env);
    if ("fail" in y) return y;
    return { interval: monthInterval(y.year, monthNo), kind: y.kind, how: `the year from '${relation}'` };
  }
  return pickOccurrence((year) => monthDays(year, monthNo), modifier, env);
}

export function holiday(name: string, yearText: string | undefined, modifier: string | undefined, env: Env): Outcome {
  /** The holiday's day number in `year`. */
  const on = (year: number): number => {
    const nthWeekday = (monthNo: number, isoDay: number, n: number) => {
      const first = daysFromCivil(year, monthNo, 1);
      return first + ((isoDay - isoWeekday(first) + 7) % 7) + 7 * (n - 1);
    };
    switch (name) {
      case "christmas eve": return daysFromCivil(year, 12, 24);
      case "christmas": case "christmas day": return daysFromCivil(year, 12, 25);
      case "new year eve": return daysFromCivil(year, 12, 31);
      case "halloween": return daysFromCivil(year, 10, 31);
      case "valentine day": return daysFromCivil(year, 2, 14);
      case "independence day": return daysFromCivil(year, 7, 4);
      // US usage: the fourth Thursday of November; Election Day is the Tuesday after the first Monday of November.
      case "thanksgiving": case "thanksgiving day": return nthWeekday(11, 4, 4);
      case "election day": return nthWeekday(11, 1, 1) + 1;
      default: return daysFromCivil(year, 1, 1); // new year, new year day
    }
  };
  if (yearText !== undefined) return { interval: dayInterval(on(Number(yearText))), kind: "absolute" };
  return pickOccurrence((year) => oneDay(on(year)), modifier, env);
}
