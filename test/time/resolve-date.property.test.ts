import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil, FIRST_DAY, isoDay, LAST_DAY, MONTH_NAMES, WEEKDAY_NAMES } from "../../src/time/calendar.js";
import { compareDates, intersectDates, intervalFromDays, parsePartialDate } from "../../src/time/partial-date.js";
import { resolveDate } from "../../src/time/resolve-date.js";

const settings = { seed: 42, numRuns: 500 };
const day = fc.integer({ min: daysFromCivil(1800, 1, 1), max: daysFromCivil(2200, 12, 31) });
const interval = fc.tuple(day, fc.integer({ min: 0, max: 800 })).map(([start, length]) => intervalFromDays(start, start + length));

describe("properties of date resolution", () => {
  it("resolving a rendered date gives it back", () => {
    fc.assert(
      fc.property(day, fc.constantFrom("iso", "us", "uk", "month"), (d, style) => {
        const iso = isoDay(d);
        const [y, m, dd] = iso.split("-").map(Number) as [number, number, number];
        const month = MONTH_NAMES[m - 1]!;
        const text = style === "iso" ? iso : style === "us" ? `${month} ${dd}, ${y}` : style === "uk" ? `${dd} ${month} ${y}` : `${month} ${y}`;
        const result = resolveDate(text, { reference: null });
        expect(result.ok && result.value).toBe(style === "month" ? iso.slice(0, 7) : iso);
      }),
      settings,
    );
  });

  it("a relative expression always resolves inside a sane window around its reference", () => {
    const expressions = ["yesterday", "on Monday", "last Friday", "next week", "in March", "September 19", "last month", "two weeks ago"];
    fc.assert(
      fc.property(day, fc.constantFrom(...expressions), (ref, text) => {
        const result = resolveDate(text, { reference: isoDay(ref) });
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const start = parsePartialDate(result.start);
        const end = parsePartialDate(result.end);
        expect(start.ok && end.ok && start.interval.startDay <= end.interval.startDay).toBe(true);
        if (start.ok) expect(Math.abs(start.interval.startDay - ref)).toBeLessThan(400);
      }),
      settings,
    );
  });

  it("intervals never invert, and nest: the year holds the month holds the day", () => {
    fc.assert(
      fc.property(day, (d) => {
        const iso = isoDay(d);
        const [y, m] = [iso.slice(0, 4), iso.slice(0, 7)];
        const parts = [y, m, iso].map((t) => (parsePartialDate(t) as { ok: true; interval: ReturnType<typeof intervalFromDays> }).interval);
        for (const p of parts) expect(p.startDay).toBeLessThanOrEqual(p.endDay);
        expect(parts[0]!.startDay <= parts[1]!.startDay && parts[1]!.endDay <= parts[0]!.endDay).toBe(true);
        expect(parts[1]!.startDay <= parts[2]!.startDay && parts[2]!.endDay <= parts[1]!.endDay).toBe(true);
      }),
      settings,
    );
  });

  it("comparison is symmetric", () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        expect(compareDates(a, b)).toEqual(compareDates(b, a));
        expect(intersectDates(a, b)).toEqual(intersectDates(b, a));
      }),
      settings,
    );
  });

  it("an intersection lies inside both intervals", () => {
    fc.assert(
      fc.property(interval, interval, (a, b) => {
        const x = intersectDates(a, b);
        if (x === null) expect(compareDates(a, b).relation).toBe("disjoint");
        else expect(x.startDay >= Math.max(a.startDay, b.startDay) && x.endDay <= Math.min(a.endDay, b.endDay)).toBe(true);
      }),
      settings,
    );
  });

  it("every resolution is a valid ISO interval inside 0000–9999, or a reason: across the whole calendar", () => {
    fc.assert(
      fc.property(anyReference, expression, context, (reference, text, sentence) => {
        const result = resolveDate(text, { reference, ...(sentence !== undefined && { context: sentence }) });
        if (!result.ok) {
          expect(result.reason).toMatch(/\S/);
          return;
        }
        const start = parsePartialDate(result.start);
        const end = parsePartialDate(result.end);
        expect(start.ok && start.interval.precision === "day" && end.ok && end.interval.precision === "day").toBe(true);
        expect(result.start <= result.end).toBe(true);
        if (result.value === null) {
          expect(result.precision).toBe("span");
        } else {
          const named = parsePartialDate(result.value);
          expect(named.ok && [named.interval.start, named.interval.end]).toEqual([result.start, result.end]);
        }
      }),
      { seed: 2026, numRuns: 3000 },
    );
  });
});

// --- generators for the whole calendar ------------------------------------------------

/** A reference anywhere in 0000–9999, often within two years of either end, at any precision. */
const anyReference = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
      fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 800 }),
      fc.integer({ min: LAST_DAY - 800, max: LAST_DAY }),
    ),
    fc.constantFrom(10, 7, 4),
  )
  .map(([d, length]) => isoDay(d).slice(0, length));

const weekdayName = fc.constantFrom(...WEEKDAY_NAMES);
const monthName = fc.constantFrom(...MONTH_NAMES);
const count = fc.oneof(
  fc.integer({ min: 0, max: 60 }).map(String),
  fc.integer({ min: 61, max: 10_000_000 }).map(String),
  fc.constantFrom("a", "two", "twenty-one", "99999999999999999999", "9".repeat(400)),
);
const simple = fc.oneof(
  fc.constantFrom(
    "yesterday", "today", "tomorrow", "the day before yesterday", "the day after tomorrow",
    "last week", "this week", "next week", "last weekend", "last month", "this month", "next month",
    "last year", "this year", "next year", "the following year", "the previous month", "the next day",
    "that month", "that day", "then", "Christmas", "Thanksgiving", "New Year's Eve", "Election Day",
  ),
  fc.tuple(fc.constantFrom("", "last ", "next ", "this ", "the previous ", "the following "), weekdayName).map(([m, w]) => `${m}${w}`),
  fc.tuple(fc.constantFrom("", "last ", "next ", "this ", "in "), monthName).map(([m, n]) => `${m}${n}`),
  fc.tuple(monthName, fc.integer({ min: 1, max: 31 }), fc.constantFrom("", " of that year", " last year", " next year")).map(([m, d, y]) => `${m} ${d}${y}`),
  fc.tuple(weekdayName, monthName, fc.integer({ min: 1, max: 31 })).map(([w, m, d]) => `${w}, ${m} ${d}`),
  fc.tuple(count, fc.constantFrom("day", "week", "fortnight", "month", "year", "decade"), fc.constantFrom("ago", "later", "from now", "earlier"))
    .map(([n, unit, way]) => `${n} ${unit}s ${way}`),
  fc.tuple(count, fc.constantFrom("day", "week", "month", "year")).map(([n, unit]) => `in ${n} ${unit}s`),
);
const expression = fc.oneof(
  simple,
  fc.tuple(fc.constantFrom("day", "week", "month", "year"), fc.constantFrom("before", "after"), simple).map(([u, w, inner]) => `the ${u} ${w} ${inner}`),
  fc.tuple(fc.constantFrom("early", "late", "the end of"), simple).map(([part, inner]) => `${part} ${inner}`),
);
const context = fc.constantFrom(undefined, "The treaty was signed then.", "Talks will resume then.", "a deadline was set");

