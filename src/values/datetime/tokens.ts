/**
 * The words and figures of a time as sources write it, cut into tokens.
 *
 * A survey of real flight-status pages (38 sites, 10 days, 131,271 distinct
 * cells) found these shapes, among others: "12/01/2011 02:07 PM",
 * "2:07 PMDec 01", "12/1/11 2:06 PM (-05:00)", "12/1/2011 2:07PM EST",
 * "1:55pDec 1", "Dec 01 - 12:00noon", "02:05 PM  Sun 04-Dec-2011 (Runway)",
 * "Fri., Dec.02, 2011 1:55 p.m.", "2011-12-01 Thu  16:17", "3:00P 12-01-11",
 * "2011-12-02 12/1 3:25 PM", "7:03 PM, Dec 01&nbsp(Estimated)",
 * "Thu, Dec 1 6:20 PM            Delayed". The scanner knows each kind of piece
 * (a clock time, AM/PM, a numeric date, a month or weekday name, a number, an
 * offset, a zone abbreviation, a status remark) and nothing else: a word it
 * does not know is kept as `unknown`, so the reader can refuse the whole value
 * instead of reading around it.
 *
 * @internal
 */
import { AMBIGUOUS_ABBREVIATIONS, REGION_ZONES, ZONE_ABBREVIATIONS } from "./zones.js";
import { lookupTable } from "../../model/lookup-table.js";

/**
 * One piece of a written time.
 *
 * @example
 * ```ts
 * const piece: Token = { kind: "abbreviation", text: "est", minutes: -300 };
 * ```
 */
export type Token =
  | { readonly kind: "clock"; readonly text: string; readonly hour: number; readonly minute: number; readonly second: number | null }
  | { readonly kind: "meridiem"; readonly text: string; readonly pm: boolean }
  | { readonly kind: "dayword"; readonly text: string; readonly word: "noon" | "midnight" }
  | {
      readonly kind: "numeric-date";
      readonly text: string;
      /** `ymd`: year first (2011-12-01, unambiguous); `md-or-dm`: 12/01/2011, 12-01-11, 12/1. */
      readonly order: "ymd" | "md-or-dm";
      readonly first: number;
      readonly second: number;
      readonly third: number | null;
      /** Digits of the year as written (`ymd`: the first part; else the third): 4, 2, or 0 when absent. */
      readonly yearDigits: number;
    }
  | { readonly kind: "month"; readonly text: string; readonly month: number }
  | { readonly kind: "weekday"; readonly text: string; readonly weekday: number }
  | { readonly kind: "number"; readonly text: string; readonly value: number; readonly digits: number }
  | { readonly kind: "offset"; readonly text: string; readonly minutes: number }
  | { readonly kind: "abbreviation"; readonly text: string; readonly minutes: number }
  | { readonly kind: "region"; readonly text: string; readonly zone: string }
  | { readonly kind: "ambiguous-zone"; readonly text: string; readonly meanings: string }
  | { readonly kind: "remark"; readonly text: string; readonly remark: string }
  | { readonly kind: "unknown"; readonly text: string };

const MONTHS: Readonly<Record<string, number>> = lookupTable({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
});

/** ISO weekdays, 1 = Monday … 7 = Sunday. */
const WEEKDAYS: Readonly<Record<string, number>> = lookupTable({
  mon: 1, monday: 1, tue: 2, tues: 2, tuesday: 2, wed: 3, wednesday: 3, thu: 4, thur: 4, thurs: 4, thursday: 4,
  fri: 5, friday: 5, sat: 6, saturday: 6, sun: 7, sunday: 7,
});

const MERIDIEMS: Readonly<Record<string, boolean>> = lookupTable({ a: false, am: false, "a.m": false, p: true, pm: true, "p.m": true });

/** What flight-status pages write beside a time about the time itself. */
const REMARKS: Readonly<Record<string, string>> = lookupTable({
  estimated: "estimated", runway: "runway", actual: "actual", scheduled: "scheduled",
  expected: "expected", delayed: "delayed", early: "early", landed: "landed", departed: "departed", arrived: "arrived",
});

/** Words that join the pieces and say nothing: "Dec 1 at 2:07 PM", "14:07 hrs". */
const FILLERS = new Set(["at", "on", "the", "of", "hrs", "hr", "h", "local"]);

const MONTH_OR_WEEKDAY = `(?:${[...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)].sort((a, b) => b.length - a.length).join("|")})`;
/** AM/PM glued to the figures before it or to a month or weekday after it. */
const GLUED_MERIDIEM = new RegExp(`(\\d)\\s*(a\\.m\\.?|p\\.m\\.?|am|pm|a|p)(?=$|[^a-z]|${MONTH_OR_WEEKDAY})`, "g");

/**
 * Make the text regular without changing what it says: HTML spaces and
 * entities left by scraping, dashes and minus signs, case, parentheses
 * (they only wrap offsets and remarks: "(-05:00)", "(Estimated)"), and AM/PM or
 * "noon" glued to the figures before or the month after ("2:07 PMDec 01",
 * "1:55pDec 1", "12:00noon").
 *
 * @example
 * ```ts
 * normalizeWritten("2:07 PMDec 01&nbsp(Estimated)"); // "2:07 pm dec 01 estimated"
 * ```
 */
export function normalizeWritten(text: string): string {
  // Most cells are plain ASCII without entities: skip what cannot apply.
  let t = /[^\x20-\x7e]/.test(text) ? text.normalize("NFKC").replace(/\u00a0/g, " ").replace(/[\u2010-\u2015\u2212]/g, "-") : text;
  if (t.includes("&")) t = t.replace(/&nbsp;?|&#160;/gi, " ").replace(/&amp;/gi, "&");
  return t
    .toLowerCase()
    .replace(/(\d{4}-\d{1,2}-\d{1,2})t(?=\d)/g, "$1 ")
    .replace(/[()[\]{}]/g, " ")
    .replace(GLUED_MERIDIEM, "$1 $2 ")
    .replace(/(\d)(noon|midday|midnight)/g, "$1 $2")
    .replace(/(\d{1,2})-([a-z]{3,9})\.?-(\d{2,4})\b/g, "$1 $2 $3")
    .replace(/\s+/g, " ")
    .trim();
}

type Rule = readonly [RegExp, (m: RegExpExecArray) => Token | null];

/**
 * The grammar of one piece, tried in order at each position: the first rule
 * that matches (and does not return `null`) wins. Longer, more specific
 * shapes come first, so "2011-12-01" is a date before it could be a number.
 */
const RULES: readonly Rule[] = [
  [/(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d:])/y, (m) => numericDate(m[0], "ymd", m[1]!, m[3]!, m[4]!, m[1]!.length)],
  [/(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d{2})(?![\d:])/y, (m) => numericDate(m[0], "md-or-dm", m[1]!, m[3]!, m[4]!, m[4]!.length)],
  [/(\d{1,2})\/(\d{1,2})(?![\d:/])/y, (m) => numericDate(m[0], "md-or-dm", m[1]!, m[2]!, null, 0)],
  [/(\d{1,2})[:h](\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?!\d)/y, (m) => clock(m[0], m[1]!, m[2]!, m[3])],
  // "2.07 pm": a dot between hours and minutes only when AM/PM follows, or it would be a date.
  [/(\d{1,2})\.(\d{2}) (?=(?:a\.m|p\.m|am|pm|a|p)\b)/y, (m) => clock(m[0].trim(), m[1]!, m[2]!, undefined)],
  [/(?:utc|gmt)? ?([+-])(\d{2}):?(\d{2})(?!\d)/y, (m) => offset(m[0], m[1]!, m[2]!, m[3]!)],
  [/(?:utc|gmt) ?([+-])(\d{1,2})(?![\d:])/y, (m) => offset(m[0], m[1]!, m[2]!, "0")],
  [/on time\b/y, (m) => ({ kind: "remark", text: m[0], remark: "on time" })],
  [/(eastern|central|mountain|pacific|alaska|hawaii|atlantic) (?:(standard|daylight) )?time\b/y, (m) => regionTime(m[0], m[1]!, m[2])],
  [/(\d+)(?:(?:st|nd|rd|th)(?![a-z]))?/y, (m) => ({ kind: "number", text: m[0], value: Number(m[1]), digits: m[1]!.length })],
  [/[a-z]+(?:\.[a-z]+)*\.?/y, (m) => word(m[0])],
  [/\*/y, (m) => ({ kind: "remark", text: m[0], remark: "*" })],
  [/[^\s]/y, (m) => ({ kind: "unknown", text: m[0] })],
];

/** What may stand between pieces: spaces, commas, a dash or slash standing alone ("Dec 01 - 1:55pm"). */
const SEPARATOR = /(?:[\s,;|@]|-(?=\s|$)|\/(?=\s|$))+/y;

/**
 * Cut a written time into tokens (after {@link normalizeWritten}).
 *
 * @example
 * ```ts
 * scan(normalizeWritten("2:07 PMDec 01")).map((t) => t.kind); // ["clock", "meridiem", "month", "number"]
 * ```
 */
export function scan(normalized: string): readonly Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < normalized.length) {
    SEPARATOR.lastIndex = at;
    if (SEPARATOR.exec(normalized)) {
      at = SEPARATOR.lastIndex;
      continue;
    }
    for (const [pattern, make] of RULES) {
      pattern.lastIndex = at;
      const m = pattern.exec(normalized);
      if (m === null || m[0].length === 0) continue;
      const token = make(m);
      if (token === null) continue;
      if (token.kind !== "unknown" || !FILLERS.has(token.text)) tokens.push(token);
      at += m[0].length;
      break;
    }
  }
  return tokens;
}

function numericDate(text: string, order: "ymd" | "md-or-dm", a: string, b: string, c: string | null, yearDigits: number): Token {
  return { kind: "numeric-date", text, order, first: Number(a), second: Number(b), third: c === null ? null : Number(c), yearDigits };
}

function clock(text: string, h: string, m: string, s: string | undefined): Token {
  return { kind: "clock", text, hour: Number(h), minute: Number(m), second: s === undefined ? null : Number(s) };
}

function offset(text: string, sign: string, h: string, m: string): Token | null {
  const hours = Number(h);
  const minutes = Number(m);
  // Beyond ±18:00 or 59 minutes it is not an offset (and the schema says the same of ISO values).
  if (hours > 18 || minutes > 59) return null;
  return { kind: "offset", text: text.trim(), minutes: (sign === "-" ? -1 : 1) * (hours * 60 + minutes) };
}

function regionTime(text: string, region: string, kind: string | undefined): Token {
  if (kind !== undefined) {
    const abbreviation = `${region === "alaska" ? "ak" : region === "hawaii" ? "h" : region[0]}${kind[0]}t`;
    const minutes = ZONE_ABBREVIATIONS[abbreviation];
    if (minutes !== undefined) return { kind: "abbreviation", text, minutes };
  }
  return { kind: "region", text, zone: REGION_ZONES[region]! };
}

function word(text: string): Token {
  const bare = text.replace(/\.$/, "");
  const month = MONTHS[bare];
  if (month !== undefined) return { kind: "month", text, month };
  const weekday = WEEKDAYS[bare];
  if (weekday !== undefined) return { kind: "weekday", text, weekday };
  const pm = MERIDIEMS[bare];
  if (pm !== undefined) return { kind: "meridiem", text, pm };
  if (bare === "noon" || bare === "midday") return { kind: "dayword", text, word: "noon" };
  if (bare === "midnight") return { kind: "dayword", text, word: "midnight" };
  const minutes = ZONE_ABBREVIATIONS[bare];
  if (minutes !== undefined) return { kind: "abbreviation", text, minutes };
  const meanings = AMBIGUOUS_ABBREVIATIONS[bare];
  if (meanings !== undefined) return { kind: "ambiguous-zone", text, meanings };
  const region = REGION_ZONES[bare];
  if (region !== undefined) return { kind: "region", text, zone: region };
  const remark = REMARKS[bare];
  if (remark !== undefined) return { kind: "remark", text, remark };
  return { kind: "unknown", text };
}
