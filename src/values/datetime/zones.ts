/**
 * Time zones without a zone library: the fixed offsets of the abbreviations
 * sources write ("EST", "CDT"), and the offset of an IANA zone at an instant or
 * at a local clock time, asked of the runtime's own zone data through
 * `Intl.DateTimeFormat`. luxon does the same underneath, but importing it for
 * this one function would cost 71 KB of a 150 KB browser bundle.
 *
 * Offsets are minutes east of UTC (−300 for −05:00), as luxon counts them.
 *
 * @internal
 */
import { daysFromCivil } from "../../time/calendar.js";
import { lookupTable } from "../../model/lookup-table.js";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * Zone abbreviations as fixed offsets, one table. An abbreviation names a
 * fixed offset, not a zone: "EST" written in July is still −05:00 (the source
 * said so), unlike "Eastern time". Several abbreviations mean different things
 * on different continents; where the flight-status and news sites that write
 * them are North American (CST, AST), the North American meaning is the one
 * the tz database itself gives in its America/* zones. Abbreviations with no
 * such dominant meaning are in {@link AMBIGUOUS_ABBREVIATIONS} and are not read.
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, number>> = lookupTable({
  // Universal time.
  utc: 0,
  gmt: 0,
  ut: 0,
  z: 0,
  // North America (and Hawaii), standard and daylight.
  nst: -210,
  ndt: -150,
  ast: -240,
  adt: -180,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  akst: -540,
  akdt: -480,
  hst: -600,
  hdt: -540,
  // Europe.
  wet: 0,
  west: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  // Asia and the Pacific.
  hkt: 480,
  sgt: 480,
  awst: 480,
  jst: 540,
  kst: 540,
  acst: 570,
  acdt: 630,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
});

/**
 * Abbreviations that name several offsets: a note says which, rather than a guess.
 *
 * @example
 * ```ts
 * AMBIGUOUS_ABBREVIATIONS.ist; // "India (+05:30), Ireland (+01:00) or Israel (+02:00)"
 * ```
 */
export const AMBIGUOUS_ABBREVIATIONS: Readonly<Record<string, string>> = lookupTable({
  ist: "India (+05:30), Ireland (+01:00) or Israel (+02:00)",
  bst: "British Summer Time (+01:00) or Bangladesh (+06:00)",
  amt: "Amazon (-04:00) or Armenia (+04:00)",
  gst: "Gulf (+04:00) or South Georgia (-02:00)",
});

/**
 * Region names that follow daylight saving time ("Eastern time", "ET"): they
 * name a zone, not an offset, so they are read through the zone's rules.
 *
 * @example
 * ```ts
 * REGION_ZONES.eastern; // "America/New_York"
 * ```
 */
export const REGION_ZONES: Readonly<Record<string, string>> = lookupTable({
  eastern: "America/New_York",
  central: "America/Chicago",
  mountain: "America/Denver",
  pacific: "America/Los_Angeles",
  alaska: "America/Anchorage",
  hawaii: "Pacific/Honolulu",
  atlantic: "America/Halifax",
  et: "America/New_York",
  ct: "America/Chicago",
  mt: "America/Denver",
  pt: "America/Los_Angeles",
});

/**
 * `-05:00`, `+05:30`, `Z` for zero; seconds only for the odd historical offset (LMT).
 *
 * @example
 * ```ts
 * formatOffset(-300); // "-05:00"
 * formatOffset(-296.0333333333333); // "-04:56:02" (New York before 1883)
 * ```
 */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return "Z";
  const sign = minutes < 0 ? "-" : "+";
  const totalSeconds = Math.round(Math.abs(minutes) * 60);
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const hm = `${sign}${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
  return s === 0 ? hm : `${hm}:${String(s).padStart(2, "0")}`;
}

// Making a DateTimeFormat costs far more than using one; zones are few.
const formats = new Map<string, Intl.DateTimeFormat | null>();

function formatFor(zone: string): Intl.DateTimeFormat | null {
  let format = formats.get(zone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        era: "short",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      });
    } catch {
      format = null;
    }
    formats.set(zone, format);
  }
  return format;
}

/**
 * Whether the runtime knows the IANA zone.
 *
 * @example
 * ```ts
 * knowsZone("America/Chicago"); // true
 * ```
 */
export function knowsZone(zone: string): boolean {
  return formatFor(zone) !== null;
}

/**
 * The offset of `zone` at the instant `utcMs`, or `NaN` for a zone the runtime
 * does not know. The computation is luxon's `IANAZone.offset`: the zone's wall
 * clock at that instant, read as if it were UTC, minus the instant.
 *
 * @example
 * ```ts
 * zoneOffsetAt("America/Chicago", Date.UTC(2011, 11, 1, 20, 7)); // -360
 * ```
 */
export function zoneOffsetAt(zone: string, utcMs: number): number {
  const format = formatFor(zone);
  if (format === null || !Number.isFinite(utcMs)) return Number.NaN;
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let beforeChrist = false;
  for (const part of format.formatToParts(new Date(utcMs))) {
    const n = Number(part.value);
    if (part.type === "year") year = n;
    else if (part.type === "month") month = n;
    else if (part.type === "day") day = n;
    else if (part.type === "hour") hour = n === 24 ? 0 : n;
    else if (part.type === "minute") minute = n;
    else if (part.type === "second") second = n;
    else if (part.type === "era") beforeChrist = part.value.startsWith("B");
  }
  if (beforeChrist) year = 1 - year;
  const wall = daysFromCivil(year, month, day) * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000;
  const whole = utcMs - (((utcMs % 1000) + 1000) % 1000);
  return (wall - whole) / MINUTE_MS;
}

/** A local clock time placed in a zone. */
export interface ZonedInstant {
  /** The instant, in milliseconds since 1970-01-01T00:00Z. */
  readonly utcMs: number;
  /** Local clock time minus the instant, in minutes: the offset to print beside the clock time as written. */
  readonly offset: number;
  /** The clock time does not exist there (the clocks jumped over it). */
  readonly gap: boolean;
  /** The clock time happened twice there (the clocks went back); the earlier instant was taken. */
  readonly overlap: boolean;
}

/**
 * Place a local clock time (`localMs`: the clock time read as if it were UTC)
 * in an IANA zone, or `undefined` for a zone the runtime does not know.
 *
 * This is luxon's `fixOffset`, started from the offset in force a day before:
 * - a time that exists once gets its one offset;
 * - a time in a gap (02:30 on the night New York springs forward) is the
 *   instant luxon gives, 02:30 at the offset before the jump (= 03:30 after it);
 * - a time in an overlap (01:30 on the night New York falls back) is the
 *   earlier of its two instants, the offset before the transition. luxon itself
 *   starts from the offset in force when it is first asked (`Settings.now()`),
 *   so its choice there depends on the machine's clock; ours never does, and is
 *   the one Temporal (`"compatible"`) and java.time make.
 *
 * @example
 * ```ts
 * placeInZone("America/New_York", Date.UTC(2011, 10, 6, 1, 30));
 * // { utcMs: Date.UTC(2011, 10, 6, 5, 30), offset: -240, gap: false, overlap: true }
 * ```
 */
export function placeInZone(zone: string, localMs: number): ZonedInstant | undefined {
  const before = zoneOffsetAt(zone, localMs - DAY_MS);
  if (Number.isNaN(before)) return undefined;
  let utcMs = localMs - before * MINUTE_MS;
  const o2 = zoneOffsetAt(zone, utcMs);
  let gap = false;
  if (o2 !== before) {
    utcMs -= (o2 - before) * MINUTE_MS;
    const o3 = zoneOffsetAt(zone, utcMs);
    if (o3 !== o2) {
      gap = true;
      utcMs = localMs - Math.min(o2, o3) * MINUTE_MS;
    }
  }
  const offset = (localMs - utcMs) / MINUTE_MS;
  let overlap = false;
  if (!gap) {
    // The clock time happens twice when the offset in force a day later reaches it too, at another instant.
    const after = zoneOffsetAt(zone, localMs + DAY_MS);
    overlap = after !== offset && zoneOffsetAt(zone, localMs - after * MINUTE_MS) === after;
  }
  return { utcMs, offset, gap, overlap };
}
