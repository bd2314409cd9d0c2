import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysFromCivil, isoDay, MONTH_NAMES } from "../../src/time/calendar.js";
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
});
