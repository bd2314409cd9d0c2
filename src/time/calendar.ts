/**
 * Proleptic Gregorian calendar arithmetic on whole days, in UTC by construction.
 *
 * Days are counted from 1970-01-01 (day 0). These helpers sit on the hot path of
 * `check` (every date claim is turned into a day interval), so they are plain
 * integer arithmetic rather than date objects. They are the resolver's only
 * calendar: month and weekday names, month arithmetic and day arithmetic all live
 * here, so the date resolver bundles without a date library (luxon alone is
 * larger than the whole resolver) and two calendars can never disagree.
 * Day numbers may lie outside the years 0000–9999 (the algorithms hold for any
 * integer); an interval of them is refused where intervals are made
 * (`partial-date.ts`).
 *
 * @internal
 */

/** Days from 1970-01-01 to the given civil date (Howard Hinnant's algorithm). */
export function daysFromCivil(year: number, month: number, day: number): number {
  // A year past every calendar ("in 10^400 years") stays infinite instead of turning
  // into NaN below (Infinity − Infinity), so it is refused as outside the calendar, not taken for a bug.
  if (year === Number.POSITIVE_INFINITY || year === Number.NEGATIVE_INFINITY) return year;
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number. */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The years a corpus date can write: `YYYY` has four digits. An interval is made
 * only inside them, so every ISO string this library prints is one it can read back.
 */
export const FIRST_YEAR = 0;
export const LAST_YEAR = 9999;
/** 0000-01-01 as a day number. */
export const FIRST_DAY = daysFromCivil(FIRST_YEAR, 1, 1);
/** 9999-12-31 as a day number. */
export const LAST_DAY = daysFromCivil(LAST_YEAR, 12, 31);

/**
 * First and last day numbers of a month, as plain numbers: unlike an interval,
 * they may lie outside the years 0000–9999 (a candidate that is weighed, never printed).
 */
export function monthDays(year: number, month: number): { startDay: number; endDay: number } {
  return { startDay: daysFromCivil(year, month, 1), endDay: daysFromCivil(year, month, daysInMonth(year, month)) };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. */
export function isoWeekday(days: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** `YYYY-MM-DD` of a day number. */
export function isoDay(days: number): string {
  const { year, month, day } = civilFromDays(days);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isoMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/**
 * The month `months` months after (before, when negative) `year`-`month`.
 * Months are counted on one integer line (year × 12 + month − 1), so a shift
 * across any number of year boundaries is one division.
 */
export function shiftMonth(year: number, month: number, months: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  // Beyond exact integers the division below has no month to tell (it can give 0 or 13);
  // the year alone, however rough, still says the shift left the calendar behind.
  if (!Number.isSafeInteger(index)) return { year: index / 12, month };
  const shiftedYear = Math.floor(index / 12);
  return { year: shiftedYear, month: index - shiftedYear * 12 + 1 };
}

export const WEEKDAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

export const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "March 2023" for month 3 of 2023: the year as the corpus writes it, four digits. */
export function monthName(year: number, month: number): string {
  return `${MONTH_NAMES[month - 1]!} ${pad(year, 4)}`;
}

/** "Sunday" for ISO weekday 7. */
export function weekdayName(isoWeekdayNumber: number): string {
  return WEEKDAY_NAMES[isoWeekdayNumber - 1]!;
}
