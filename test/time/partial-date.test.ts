import { describe, expect, it } from "vitest";
import { FIRST_DAY, LAST_DAY } from "../../src/time/calendar.js";
import {
  OutsideCalendarError,
  compareDates,
  dayInterval,
  intersectDates,
  intervalFromDays,
  monthInterval,
  parsePartialDate,
  yearInterval,
  type DateInterval,
} from "../../src/time/partial-date.js";

function d(text: string): DateInterval {
  const parsed = parsePartialDate(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.interval;
}

describe("partial dates are calendar intervals", () => {
  it.each([
    ["2023", "year", "2023-01-01", "2023-12-31"],
    ["2023-03", "month", "2023-03-01", "2023-03-31"],
    ["2024-02", "month", "2024-02-01", "2024-02-29"],
    ["2023-03-19", "day", "2023-03-19", "2023-03-19"],
  ])("%s is a %s from %s to %s", (text, precision, start, end) => {
    expect(d(text)).toMatchObject({ value: text, precision, start, end });
  });

  it("are immutable", () => {
    expect(Object.isFrozen(d("2023-03"))).toBe(true);
  });

  it.each([
    ["2023-02-30", "2023-02 has 28 days"],
    ["2023-13-01", "has no month 13"],
    ["2023-00", "has no month 00"],
    ["23-03-19", "is not a partial ISO date"],
  ])("rejects %s with a reason", (text, reason) => {
    const parsed = parsePartialDate(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toContain(reason);
  });

  it("names an interval by the ISO date that is exactly it, or by none", () => {
    expect(intervalFromDays(d("2023-03-01").startDay, d("2023-03-31").endDay).value).toBe("2023-03");
    expect(intervalFromDays(d("2023-01-01").startDay, d("2023-12-31").endDay).value).toBe("2023");
    expect(intervalFromDays(d("2023-02-26").startDay, d("2023-03-26").endDay)).toMatchObject({ value: null, precision: "span" });
  });
});

describe("intervals exist only in the years 0000–9999", () => {
  it("reach the first and the last day of the calendar", () => {
    expect(d("0000")).toMatchObject({ value: "0000", start: "0000-01-01", end: "0000-12-31" });
    expect(d("9999-12")).toMatchObject({ value: "9999-12", start: "9999-12-01", end: "9999-12-31" });
    expect(intervalFromDays(FIRST_DAY, LAST_DAY)).toMatchObject({ value: null, start: "0000-01-01", end: "9999-12-31" });
  });

  it.each([
    ["the day after 9999-12-31", () => dayInterval(LAST_DAY + 1), 10000],
    ["the day before 0000-01-01", () => dayInterval(FIRST_DAY - 1), -1],
    ["a span ending past 9999", () => intervalFromDays(LAST_DAY - 3, LAST_DAY + 3), 10000],
    ["a span starting before 0000", () => intervalFromDays(FIRST_DAY - 3, FIRST_DAY + 3), -1],
    ["the year 10000", () => yearInterval(10000), 10000],
    ["the year -1", () => yearInterval(-1), -1],
    ["December of year -1", () => monthInterval(-1, 12), -1],
  ])("refuse %s, saying which year it would be in", (_name, make, year) => {
    expect(make).toThrow(OutsideCalendarError);
    expect(make).toThrow(`falls outside the years 0000–9999 that a date can name (it would be in the year ${year})`);
  });

  it("refuse day numbers too large to carry a year, without naming one", () => {
    expect(() => dayInterval(Number.POSITIVE_INFINITY)).toThrow("(far beyond them)");
    expect(() => dayInterval(-1e21)).toThrow(OutsideCalendarError);
  });

  it("treat a day number that is not a whole number, or a month 13, as a bug rather than an unreachable date", () => {
    for (const bug of [() => dayInterval(Number.NaN), () => dayInterval(19_000.5), () => monthInterval(2023, 13), () => monthInterval(2023, 0)]) {
      expect(bug).toThrow(RangeError);
      expect(bug).not.toThrow(OutsideCalendarError);
    }
  });
});

describe("compareDates", () => {
  it("says same for the same interval", () => {
    expect(compareDates(d("2023-03-19"), d("2023-03-19"))).toEqual({ relation: "same" });
  });

  it("says compatible at the coarser precision when one contains the other", () => {
    expect(compareDates(d("2023-03"), d("2023-03-19"))).toEqual({ relation: "compatible", precision: "month" });
    expect(compareDates(d("2023-03-19"), d("2023"))).toEqual({ relation: "compatible", precision: "year" });
  });

  it("says disjoint with the gap in days", () => {
    expect(compareDates(d("2023-09-19"), d("2023-09-23"))).toEqual({ relation: "disjoint", gapDays: 4 });
    expect(compareDates(d("2015-12"), d("2016-04-22"))).toEqual({ relation: "disjoint", gapDays: 113 });
  });

  it("intersects overlapping intervals", () => {
    expect(intersectDates(d("2023-03"), d("2023-03-19"))?.value).toBe("2023-03-19");
    expect(intersectDates(d("2023-03"), d("2023-04"))).toBeNull();
  });
});
