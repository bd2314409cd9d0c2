import fc from "fast-check";
import { DateTime, IANAZone } from "luxon";
import { describe, expect, it } from "vitest";
import { placeInZone, zoneOffsetAt } from "../../../src/values/datetime/zones.js";

// luxon is the reference here only: the library asks Intl itself (luxon would cost 71 KB of the browser bundle).

const settings = { seed: 42, numRuns: 400 };
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Zones with every kind of rule: northern and southern DST, half-hour and 45-minute offsets, a 30-minute DST, a skipped day, negative DST. */
const ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
  "America/St_Johns",
  "America/Halifax",
  "America/Sao_Paulo",
  "America/Santiago",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Paris",
  "Europe/Moscow",
  "Africa/Casablanca",
  "Asia/Tehran",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Apia",
  "Antarctica/Troll",
  "UTC",
] as const;

const zone = fc.constantFrom(...ZONES);
const instant = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) });

/** luxon's placement of a local clock time, starting from the offset in force a day before (see placeInZone). */
function luxonPlace(name: string, localMs: number): DateTime {
  const c = new Date(localMs);
  return DateTime.fromMillis(localMs - DAY_MS, { zone: name }).set({
    year: c.getUTCFullYear(),
    month: c.getUTCMonth() + 1,
    day: c.getUTCDate(),
    hour: c.getUTCHours(),
    minute: c.getUTCMinutes(),
    second: c.getUTCSeconds(),
    millisecond: 0,
  });
}

/** The instants in a year at which a zone's offset changes, found with luxon (memoised per zone and year). */
const transitionMemo = new Map<string, number[]>();
function transitions(name: string, year: number): number[] {
  const key = `${name} ${year}`;
  const known = transitionMemo.get(key);
  if (known) return known;
  const iana = IANAZone.create(name);
  const found: number[] = [];
  // A week at a time (no zone here changes twice within a week), then to the minute.
  const step = 7 * DAY_MS;
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += step) {
    if (iana.offset(t) === iana.offset(t + step)) continue;
    let lo = t;
    let hi = t + step;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (iana.offset(mid) === iana.offset(lo)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  transitionMemo.set(key, found);
  return found;
}

/** Local clock times within `reach` minutes of one of the zone's transitions: where gaps and overlaps are. */
const near = (reach: number) =>
  fc
    .tuple(zone, fc.integer({ min: 1970, max: 2037 }), fc.nat(), fc.integer({ min: -reach, max: reach }))
    .map(([name, year, pick, minutes]) => {
      const list = transitions(name, year);
      if (list.length === 0) return undefined;
      const at = list[pick % list.length]!;
      const before = IANAZone.create(name).offset(at - MINUTE_MS);
      return { name, localMs: at + before * MINUTE_MS + minutes * MINUTE_MS };
    })
    .filter((x): x is { name: (typeof ZONES)[number]; localMs: number } => x !== undefined);
const nearTransition = near(180);

const anyLocal = fc.tuple(zone, instant).map(([name, ms]) => ({ name, localMs: Math.floor(ms / MINUTE_MS) * MINUTE_MS }));

describe("zone offsets asked of Intl are luxon's", () => {
  it("at any instant from 1900 to 2100", () => {
    fc.assert(
      fc.property(zone, instant, (name, ms) => {
        expect(zoneOffsetAt(name, ms)).toBe(DateTime.fromMillis(ms, { zone: name }).offset);
      }),
      settings,
    );
  });

  it.each([
    ["any local time", anyLocal],
    ["a local time near a change of offset", nearTransition],
  ])("a local clock time is placed at luxon's instant: %s", (_, times) => {
    fc.assert(
      fc.property(times, ({ name, localMs }) => {
        const placed = placeInZone(name, localMs)!;
        const expected = luxonPlace(name, localMs);
        expect(placed.utcMs).toBe(expected.toMillis());
        // In a gap luxon shows the pushed-forward clock (03:30 -04:00); we keep the clock as written, at the same instant.
        if (!placed.gap) expect(placed.offset).toBe(expected.offset);
        else expect(placed.offset).toBeLessThan(expected.offset);
      }),
      settings,
    );
  });

  it("and, away from an overlap, whatever luxon's own starting guess", () => {
    fc.assert(
      fc.property(nearTransition, ({ name, localMs }) => {
        const placed = placeInZone(name, localMs)!;
        fc.pre(!placed.overlap);
        const c = new Date(localMs);
        const fromObject = DateTime.fromObject(
          { year: c.getUTCFullYear(), month: c.getUTCMonth() + 1, day: c.getUTCDate(), hour: c.getUTCHours(), minute: c.getUTCMinutes() },
          { zone: name },
        );
        expect(placed.utcMs).toBe(fromObject.toMillis());
      }),
      settings,
    );
  });

  it("in an overlap, the earlier of the two instants", () => {
    fc.assert(
      fc.property(near(60), ({ name, localMs }) => {
        const placed = placeInZone(name, localMs)!;
        fc.pre(placed.overlap);
        const later = IANAZone.create(name).offset(localMs + DAY_MS);
        expect(localMs - later * MINUTE_MS).toBeGreaterThan(placed.utcMs);
      }),
      { ...settings, numRuns: 100 },
    );
  });

  it("knows the classic cases", () => {
    const ny = (h: number, m: number, month: number, day: number) => placeInZone("America/New_York", Date.UTC(2011, month - 1, day, h, m));
    expect(ny(2, 30, 3, 13)).toEqual({ utcMs: Date.UTC(2011, 2, 13, 7, 30), offset: -300, gap: true, overlap: false });
    expect(ny(1, 30, 11, 6)).toEqual({ utcMs: Date.UTC(2011, 10, 6, 5, 30), offset: -240, gap: false, overlap: true });
    expect(ny(14, 7, 12, 1)).toEqual({ utcMs: Date.UTC(2011, 11, 1, 19, 7), offset: -300, gap: false, overlap: false });
    // Samoa skipped 30 December 2011 when it crossed the date line.
    expect(placeInZone("Pacific/Apia", Date.UTC(2011, 11, 30, 12, 0))?.gap).toBe(true);
  });

  it("has no offset for a zone the runtime does not know", () => {
    expect(zoneOffsetAt("Mars/Olympus_Mons", 0)).toBeNaN();
    expect(placeInZone("Mars/Olympus_Mons", 0)).toBeUndefined();
  });
});
