import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FIRST_DAY,
  LAST_DAY,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  isoDay,
  isoWeekday,
  monthDays,
  monthName,
  shiftMonth,
} from "../../src/time/calendar.js";

describe("the calendar of corpus dates", () => {
  it("runs from 0000-01-01 to 9999-12-31, the dates YYYY-MM-DD can write", () => {
    expect(isoDay(FIRST_DAY)).toBe("0000-01-01");
    expect(isoDay(LAST_DAY)).toBe("9999-12-31");
  });

  it("is proleptic Gregorian at both ends: 0000 is a leap year, 9999 is not", () => {
    expect(daysInMonth(0, 2)).toBe(29);
    expect(daysInMonth(9999, 2)).toBe(28);
    // 1 January of year 0 was a Saturday, 31 December 9999 a Friday (proleptic Gregorian).
    expect(isoWeekday(FIRST_DAY)).toBe(6);
    expect(isoWeekday(LAST_DAY)).toBe(5);
  });

  it("turns day numbers into dates and back, past both ends too", () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_DAY - 800_000, max: LAST_DAY + 800_000 }), (day) => {
        const { year, month, day: dayOfMonth } = civilFromDays(day);
        expect(dayOfMonth).toBeGreaterThanOrEqual(1);
        expect(dayOfMonth).toBeLessThanOrEqual(daysInMonth(year, month));
        expect(daysFromCivil(year, month, dayOfMonth)).toBe(day);
      }),
      { seed: 7, numRuns: 1000 },
    );
  });
});

describe("month arithmetic is integer arithmetic", () => {
  it.each([
    [2024, 11, 1, 2024, 12],
    [2024, 12, 1, 2025, 1],
    [2024, 1, -1, 2023, 12],
    [2024, 3, -27, 2021, 12],
    [2024, 3, 120, 2034, 3],
    [0, 1, -1, -1, 12],
    [9999, 12, 1, 10000, 1],
  ])("%i-%i shifted by %i months is %i-%i", (year, month, months, expectedYear, expectedMonth) => {
    expect(shiftMonth(year, month, months)).toEqual({ year: expectedYear, month: expectedMonth });
  });

  it("shifting there and back returns to the same month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: -200_000, max: 200_000 }), (y, m, n) => {
        const there = shiftMonth(y, m, n);
        expect(there.month).toBeGreaterThanOrEqual(1);
        expect(there.month).toBeLessThanOrEqual(12);
        expect(shiftMonth(there.year, there.month, -n)).toEqual({ year: y, month: m });
      }),
      { seed: 11, numRuns: 500 },
    );
  });

  it("stays beyond the calendar, never NaN, when a shift is too large to be exact", () => {
    expect(shiftMonth(2023, 3, 1e20).year).toBeGreaterThan(1e18);
    expect(shiftMonth(2023, 3, Number.NEGATIVE_INFINITY).year).toBe(Number.NEGATIVE_INFINITY);
    expect(daysFromCivil(Number.POSITIVE_INFINITY, 1, 1)).toBe(Number.POSITIVE_INFINITY);
  });

  it("gives a month's first and last day numbers", () => {
    const { startDay, endDay } = monthDays(2024, 2);
    expect([isoDay(startDay), isoDay(endDay)]).toEqual(["2024-02-01", "2024-02-29"]);
  });

  it("names a month in words with its four-digit year", () => {
    expect(monthName(2023, 2)).toBe("February 2023");
    expect(monthName(812, 12)).toBe("December 0812");
  });
});
