/**
 * Read a time as a source wrote it ("2:07 PMDec 01", "12/1/11 2:06 PM (-05:00)")
 * into a local clock time on a calendar day, with the offset or zone it names.
 * The date is read by `read-date.ts`, against the anchor or publication date.
 *
 * The clock: 12-hour with any spelling of AM/PM ("PM", "p", "p.m.", glued or
 * not), 24-hour without it (a note says so for 1–11), "noon", and "midnight",
 * read as 00:00, the start of the day written with it, like "12:00 AM"; since
 * pages also write it for the end of that day, its day is uncertain. "24:00"
 * is the next day's 00:00. Offsets as written ("(-05:00)", "-0500", "UTC+1"),
 * abbreviations as the fixed offsets of one table ("EST"), regions through
 * their zone ("Eastern"). Anything the grammar does not know fails the whole
 * reading: a note, never a guess.
 *
 * @internal
 */
import { dateOf, fail, MAX_DAY, ok, type Reference, type Result } from "./read-date.js";
import { formatOffset } from "./zones.js";
import { scan, normalizeWritten, type Token } from "./tokens.js";

export type { Reference } from "./read-date.js";

/** A written time, read. */
export interface WrittenReading {
  /** The local date, as days since 1970-01-01. */
  readonly day: number;
  /** Seconds since the local midnight. */
  readonly second: number;
  /** A fixed offset the text states ("(-05:00)", "EST"), in minutes east of UTC. */
  readonly offset: { readonly minutes: number; readonly text: string } | null;
  /** A zone the text names by region ("Eastern time"). */
  readonly region: { readonly zone: string; readonly text: string } | null;
  /** The text wrote the date (or its weekday), rather than taking it from the reference. */
  readonly dateStated: boolean;
  /** `false`: the day may be one off (taken from the reference, "midnight", or a weekday its date contradicts). */
  readonly dayCertain: boolean;
  /** The reference supplied a part of the date. */
  readonly usedReference: boolean;
  /** How each part was read, for the explanation: "the year from the anchor", "EST as -05:00". */
  readonly notes: readonly string[];
  /** What the page wrote about the time: "estimated", "runway", "on time". */
  readonly remark: string | null;
}

/**
 * Read a written time against a reference (or `null` when there is none).
 *
 * @example
 * ```ts
 * const anchor = { label: "anchor", text: "2011-12-01", interval: parsePartialDate("2011-12-01").interval };
 * readWritten("1:55pDec 1", anchor); // { ok: true, value: { day: 15309, second: 50100, notes: ["the year from the anchor"], … } }
 * ```
 */
export function readWritten(text: string, reference: Reference | null): Result<WrittenReading> {
  const tokens = scan(normalizeWritten(text));
  const clocks = findClocks(tokens);
  if (!clocks.ok) return clocks;
  const unknown = tokens.filter((t) => t.kind === "unknown").map((t) => t.text);
  if (clocks.value.length === 0) {
    if (unknown.length > 0) return fail(`states no time of day (it says '${unknown.join(" ")}')`);
    return fail(tokens.some((t) => t.kind === "month" || t.kind === "numeric-date") ? "has a date but no time of day" : "has no time of day");
  }
  if (clocks.value.length > 1) return fail(`names ${clocks.value.length} times of day (${clocks.value.map((c) => `'${c.text}'`).join(", ")})`);
  if (unknown.length > 0) return fail(`cannot read '${unknown.join(" ")}'`);
  const ambiguous = tokens.find((t) => t.kind === "ambiguous-zone");
  if (ambiguous?.kind === "ambiguous-zone") return fail(`'${ambiguous.text.toUpperCase()}' names several offsets: ${ambiguous.meanings}`);
  const clock = clocks.value[0]!;

  const zone = zoneOf(tokens);
  if (!zone.ok) return zone;
  const weekdays = [...new Set(tokens.flatMap((t) => (t.kind === "weekday" ? [t.weekday] : [])))];
  if (weekdays.length > 1) return fail(`names ${weekdays.length} weekdays`);

  const time = timeOfDay(clock);
  if (!time.ok) return time;
  const notes: string[] = [];
  const date = dateOf(tokens, clock, weekdays[0], reference, notes);
  if (!date.ok) return date;
  notes.push(...time.value.notes);

  let { day } = date.value;
  let second = time.value.second;
  if (second >= 86_400) {
    // 24:00 is the end of the day written: the next day's 00:00.
    day += 1;
    second -= 86_400;
    if (day > MAX_DAY) return fail("falls outside the years 0000–9999");
  }
  const offset = zone.value.offset;
  if (offset !== null) {
    // A figure or "UTC" says its offset outright; an abbreviation is worth spelling out.
    if (!/\d/.test(offset.text) && offset.text !== "utc" && offset.text !== "z") {
      const name = offset.text.includes(" ") ? `'${offset.text.replace(/\b[a-z]/g, (c) => c.toUpperCase())}'` : offset.text.toUpperCase();
      notes.push(`${name} as ${offset.minutes === 0 ? "UTC" : formatOffset(offset.minutes)}`);
    }
  }
  const remarks = [...new Set(tokens.flatMap((t) => (t.kind === "remark" ? [t.remark] : [])))];
  const remark = remarks.length > 0 ? remarks.join(" ") : null;
  if (remark !== null) notes.push(`marked '${remark}'`);
  return ok({
    day,
    second,
    offset,
    region: zone.value.region,
    dateStated: date.value.dateStated,
    dayCertain: date.value.dayCertain && time.value.dayCertain,
    usedReference: date.value.usedReference,
    notes,
    remark,
  });
}

// ---------------------------------------------------------------------------
// The time of day.

interface Clock {
  readonly text: string;
  /** Position among the tokens, to find the date written next to it. */
  readonly index: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number | null;
  readonly meridiem: { readonly pm: boolean; readonly text: string } | null;
  readonly word: "noon" | "midnight" | null;
  /** Tokens it took. */
  readonly taken: readonly number[];
}

/** Every time of day in the tokens: "2:07" with its AM/PM or "noon", "2 pm", "12 noon", "midnight". */
function findClocks(tokens: readonly Token[]): Result<readonly Clock[]> {
  const clocks: Clock[] = [];
  const taken = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== "clock" && t.kind !== "number" && t.kind !== "dayword") continue;
    const next = tokens[i + 1];
    const meridiem = next?.kind === "meridiem" ? { pm: next.pm, text: next.text } : null;
    const word = next?.kind === "dayword" ? next.word : null;
    let clock: Omit<Clock, "index" | "taken"> | undefined;
    if (t.kind === "clock") {
      clock = { text: t.text, hour: t.hour, minute: t.minute, second: t.second, meridiem, word };
    } else if (t.kind === "number" && t.digits <= 2 && (meridiem !== null || (word !== null && t.value === 12))) {
      clock = { text: t.text, hour: t.value, minute: 0, second: null, meridiem, word };
    } else if (t.kind === "dayword" && !taken.has(i)) {
      clocks.push({ text: t.text, index: i, hour: t.word === "noon" ? 12 : 0, minute: 0, second: null, meridiem: null, word: t.word, taken: [i] });
      taken.add(i);
      continue;
    }
    if (clock === undefined) continue;
    const span = meridiem !== null || word !== null ? [i, i + 1] : [i];
    for (const j of span) taken.add(j);
    const suffix = meridiem?.text.toUpperCase() ?? word ?? "";
    clocks.push({ ...clock, text: suffix === "" ? clock.text : `${clock.text} ${suffix}`, index: i, taken: span });
  }
  const stray = tokens.findIndex((t, i) => (t.kind === "meridiem" || t.kind === "dayword") && !taken.has(i));
  if (stray >= 0) return fail(`'${tokens[stray]!.text}' follows no time of day`);
  return ok(clocks);
}

function timeOfDay(clock: Clock): Result<{ second: number; dayCertain: boolean; notes: string[] }> {
  const { minute, meridiem, word } = clock;
  const second = clock.second ?? 0;
  let hour = clock.hour;
  const notes: string[] = [];
  let dayCertain = true;
  if (minute > 59 || second > 59) return fail(`'${clock.text}' is not a time of day (minutes and seconds run to 59)`);
  if (word === "noon") {
    if (!(hour === 12 && minute === 0 && second === 0) || meridiem !== null) return fail(`'${clock.text}' is not noon`);
  } else if (word === "midnight") {
    if (!((hour === 12 || hour === 0 || hour === 24) && minute === 0 && second === 0) || meridiem !== null) {
      return fail(`'${clock.text}' is not midnight`);
    }
    hour = 0;
    dayCertain = false;
    notes.push("midnight read as 00:00, the start of the day, which may be a day off");
  } else if (meridiem !== null) {
    const which = meridiem.pm ? "PM" : "AM";
    if (hour === 0 && !meridiem.pm) {
      // "0:30 AM" says the same as 00:30.
    } else if (hour >= 1 && hour <= 12) {
      hour = (hour % 12) + (meridiem.pm ? 12 : 0);
    } else if (hour >= 13 && hour <= 23 && meridiem.pm) {
      notes.push(`'${clock.text}' read as ${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}, a 24-hour time with a needless PM`);
    } else {
      return fail(`'${clock.text}' is not a time of day (${hour} ${which})`);
    }
  } else if (hour === 24 && minute === 0 && second === 0) {
    notes.push("24:00 read as 00:00 the next day");
  } else if (hour > 23) {
    return fail(`'${clock.text}' is not a time of day (hours run to 23)`);
  } else if (hour >= 1 && hour <= 11) {
    notes.push("no AM/PM: read as a 24-hour clock");
  }
  if (/:\d{2}:\d{2}[.,]\d/.test(clock.text)) notes.push("the fraction of a second set aside");
  return ok({ second: (hour * 60 + minute) * 60 + second, dayCertain, notes });
}

// ---------------------------------------------------------------------------
// The offset or zone.

function zoneOf(tokens: readonly Token[]): Result<Pick<WrittenReading, "offset" | "region">> {
  const offsets = tokens.flatMap((t) => (t.kind === "offset" || t.kind === "abbreviation" ? [{ minutes: t.minutes, text: t.text }] : []));
  const regions = tokens.flatMap((t) => (t.kind === "region" ? [{ zone: t.zone, text: t.text }] : []));
  const distinct = [...new Set(offsets.map((o) => o.minutes))];
  if (distinct.length > 1) {
    return fail(`gives ${distinct.length} different offsets (${offsets.map((o) => `'${o.text.toUpperCase()}'`).join(", ")})`);
  }
  if (new Set(regions.map((r) => r.zone)).size > 1) return fail(`names ${regions.length} zones (${regions.map((r) => `'${r.text}'`).join(", ")})`);
  // "EST (-05:00)": the abbreviation says more to a reader; keep it for the explanation.
  const offset = offsets.find((o) => !/^[+-]/.test(o.text)) ?? offsets[0] ?? null;
  return ok({ offset, region: regions[0] ?? null });
}
