import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoDateTimeProblem } from "../../../src/model/schema.js";
import type { PredicateSpec } from "../../../src/model/types.js";
import { daysFromCivil, isoDay, MONTH_NAMES, weekdayName, isoWeekday } from "../../../src/time/calendar.js";
import { blocksWithin, datetimeValues as dt, type ResolvedDateTime } from "../../../src/values/datetime.js";
import type { ReadContext } from "../../../src/values/value-module.js";

const settings = { seed: 42, numRuns: 500 };

function ctx(publishedAt: string | null): ReadContext {
  return {
    publishedAt,
    context: "",
    identify: () => {
      throw new Error("datetime values never identify entities");
    },
    memo: new Map(),
  };
}

const spec = (tolerance: number): PredicateSpec => ({ type: "datetime", cardinality: "one", changesOverTime: false, declared: true, tolerance });

const pad = (n: number) => String(n).padStart(2, "0");
const day = fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2100, 12, 31) });
const minuteOfDay = fc.integer({ min: 0, max: 1439 });

/** A time rendered the way one of the surveyed sites writes it. */
function render(d: number, minute: number, style: number): string {
  const [y, m, dd] = isoDay(d).split("-").map(Number) as [number, number, number];
  const h = Math.floor(minute / 60);
  const mi = pad(minute % 60);
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const ap = h < 12 ? "AM" : "PM";
  const mon = MONTH_NAMES[m - 1]!.slice(0, 3);
  const wd = weekdayName(isoWeekday(d)).slice(0, 3);
  switch (style) {
    case 0:
      return `${pad(m)}/${pad(dd)}/${y} ${pad(h12)}:${mi} ${ap}`;
    case 1:
      return `${h12}:${mi} ${ap}${mon} ${pad(dd)}`;
    case 2:
      return `${h12}:${mi}${ap[0]!.toLowerCase()}${mon} ${dd}`;
    case 3:
      return `${y}-${pad(m)}-${pad(dd)} ${h12}:${mi} ${ap}`;
    case 4:
      return `${mon} ${pad(dd)} - ${h12}:${mi}${ap.toLowerCase()}`;
    case 5:
      return `${pad(h12)}:${mi} ${ap}  ${wd} ${pad(dd)}-${mon}-${y}`;
    case 6:
      return `${wd}, ${mon} ${dd} ${h12}:${mi} ${ap}`;
    case 7:
      return `${wd}., ${mon}.${pad(dd)}, ${y} ${h12}:${mi} ${ap === "AM" ? "a.m." : "p.m."}`;
    case 8:
      return `${y}-${pad(m)}-${pad(dd)} ${pad(h)}:${mi}`;
    default:
      return `${pad(h)}:${mi}`;
  }
}

/** A reading with or without an offset, a written or an inferred date. */
const reading = fc.tuple(day, minuteOfDay, fc.integer({ min: 0, max: 9 }), fc.option(fc.integer({ min: -12, max: 14 }), { nil: undefined })).map(([d, minute, style, hours]) => {
  const text = render(d, minute, style) + (hours === undefined ? "" : ` (${hours < 0 ? "-" : "+"}${pad(Math.abs(hours))}:00)`);
  return dt.read({ type: "datetime", expr: text, anchor: isoDay(d) }, ctx(null));
});

describe("properties of datetime values", () => {
  it("reading a rendered time gives it back, in every surveyed style", () => {
    fc.assert(
      fc.property(day, minuteOfDay, fc.integer({ min: 0, max: 9 }), fc.integer({ min: -1, max: 1 }), (d, minute, style, shift) => {
        // The anchor is the day itself or a day either side (a flight date against its arrival's).
        const r = dt.read({ type: "datetime", expr: render(d, minute, style), anchor: isoDay(d + (style === 9 ? 0 : shift)) }, ctx(null));
        expect(dt.failure(r)).toBeUndefined();
        expect(dt.canonical(r)).toBe(`${isoDay(d)}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`);
      }),
      settings,
    );
  });

  it("never throws, and either reads a valid ISO date and time or says why not", () => {
    const piece = fc.constantFrom("2:07", "PM", "pm", "p", "a.m.", "Dec", "01", "1", "2011", "12/01/2011", "12/1/11", "(-05:00)", "EST", "IST", "Thu", "noon", "midnight", "24:00", "-", ",", "&nbsp", "(Estimated)", "Cancelled", "13:61", "2011-12-01", "T", "Z", "+14:00", "Eastern", "*", "0:00");
    const text = fc.oneof(fc.string(), fc.array(piece, { maxLength: 7 }).map((parts) => parts.join(" ")), fc.array(piece, { maxLength: 5 }).map((parts) => parts.join("")));
    fc.assert(
      fc.property(text, fc.constantFrom(null, "2011-12-01", "2011-12", "2011", "0000-01-01", "9999-12-31"), (expr, reference) => {
        const r = dt.read({ type: "datetime", expr }, ctx(reference));
        if (r.ok) expect(isoDateTimeProblem(r.iso)).toBeUndefined();
        else expect(r.reason.length).toBeGreaterThan(0);
        expect(r.written).toBe(expr);
      }),
      { ...settings, numRuns: 2000 },
    );
  });

  it("compare and support are symmetric, and agree with each other", () => {
    fc.assert(
      fc.property(reading, reading, fc.integer({ min: 0, max: 120 }), (a, b, tolerance) => {
        const relation = dt.compare(a, b, spec(tolerance));
        expect(dt.compare(b, a, spec(tolerance))).toEqual(relation);
        const weight = dt.support(a, b, spec(tolerance));
        expect(weight).toBe(dt.support(b, a, spec(tolerance)));
        expect(weight).toBeGreaterThanOrEqual(0);
        expect(weight).toBeLessThanOrEqual(1);
        expect(weight === 1).toBe(relation.relation === "same");
      }),
      settings,
    );
  });

  it("a reading is the same as itself, and equal keys are the same value", () => {
    fc.assert(
      fc.property(reading, reading, (a, b) => {
        expect(dt.compare(a, a, spec(0))).toEqual({ relation: "same" });
        if (dt.key(a) === dt.key(b) && a.ok && b.ok && a.dayCertain === b.dayCertain) expect(dt.compare(a, b, spec(0))).toEqual({ relation: "same" });
      }),
      settings,
    );
  });

  it("two readings that are the same share an hour block at that tolerance", () => {
    // Times close together, so that "same" is common: one day, a few hours, offsets or not.
    const close = fc.tuple(minuteOfDay, fc.integer({ min: 0, max: 9 }), fc.option(fc.integer({ min: -8, max: 8 }), { nil: undefined })).map(([minute, style, hours]) => {
      const d = daysFromCivil(2011, 12, 1);
      const text = render(d, minute, style) + (hours === undefined ? "" : ` (${hours < 0 ? "-" : "+"}${pad(Math.abs(hours))}:00)`);
      return dt.read({ type: "datetime", expr: text, anchor: isoDay(d) }, ctx(null));
    });
    fc.assert(
      fc.property(close, close, fc.integer({ min: 0, max: 900 }), (a, b, tolerance) => {
        fc.pre(dt.compare(a, b, spec(tolerance)).relation === "same");
        const blocks = new Set(blocksWithin(a, tolerance));
        expect(blocksWithin(b, tolerance).some((block) => blocks.has(block))).toBe(true);
      }),
      settings,
    );
  });

  it("combine picks the same reading whatever the order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(reading, fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 6 }), fc.nat(), (items, seed) => {
        const readings: ResolvedDateTime[] = items.map(([r]) => r);
        const counts = items.map(([, c]) => c);
        const order = readings.map((_, i) => i).sort((x, y) => ((x * 7919 + seed) % 31) - ((y * 7919 + seed) % 31) || x - y);
        expect(dt.combine(order.map((i) => readings[i]!), order.map((i) => counts[i]!), spec(5))).toEqual(dt.combine(readings, counts, spec(5)));
      }),
      settings,
    );
  });
});
