/**
 * Words of English date expressions: month and weekday names, number words,
 * ordinals, and written-out years. Pure lookups, no state.
 *
 * @internal
 */
import { lookupTable } from "../model/lookup-table.js";

const MONTHS: Readonly<Record<string, number>> = lookupTable({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
  june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
  october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});

/** ISO weekday numbers (1 = Monday). */
const WEEKDAYS: Readonly<Record<string, number>> = lookupTable({
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
});

export const MONTH_PATTERN = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
export const WEEKDAY_PATTERN = Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length).join("|");

export function monthNumber(word: string): number | undefined {
  return MONTHS[word];
}

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word];
}

const UNITS: Readonly<Record<string, number>> = lookupTable({
  zero: 0, oh: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const TENS: Readonly<Record<string, number>> = lookupTable({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
const ORDINAL_UNITS: Readonly<Record<string, number>> = lookupTable({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
});

/** "twenty-one" → 21, "7" → 7, "a" → 1; numbers below 100 only. */
export function cardinal(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  if (word === "a" || word === "an") return 1;
  if (word in UNITS) return UNITS[word];
  if (word in TENS) return TENS[word];
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(word);
  if (m && m[1]! in TENS && m[2]! in UNITS && UNITS[m[2]!]! < 10) return TENS[m[1]!]! + UNITS[m[2]!]!;
  return undefined;
}

/** "19th" → 19, "twenty-third" → 23, "eighth" → 8. */
export function ordinal(word: string): number | undefined {
  const digits = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(word);
  if (digits) return Number(digits[1]);
  if (word in ORDINAL_UNITS) return ORDINAL_UNITS[word];
  const m = /^([a-z]+)[- ]([a-z]+)$/.exec(word);
  if (m && m[1]! in TENS && m[2]! in ORDINAL_UNITS && ORDINAL_UNITS[m[2]!]! < 10) return TENS[m[1]!]! + ORDINAL_UNITS[m[2]!]!;
  return undefined;
}

export const CARDINAL_PATTERN =
  "\\d+|an?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";

export const ORDINAL_PATTERN =
  "\\d{1,2}(?:st|nd|rd|th)?|(?:twenty|thirty)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth";

/**
 * A year written in words: "nineteen ninety-six" → 1996, "two thousand" → 2000,
 * "two thousand and three" → 2003, "twenty twenty-three" → 2023.
 */
export function yearInWords(text: string): number | undefined {
  const thousand = /^two thousand(?:(?: and)? (.+))?$/.exec(text);
  if (thousand) {
    if (thousand[1] === undefined) return 2000;
    const rest = cardinal(thousand[1]);
    return rest !== undefined && rest < 100 ? 2000 + rest : undefined;
  }
  const pair = /^([a-z]+) ((?:oh )?[a-z]+(?:-[a-z]+)?|hundred)$/.exec(text);
  if (!pair) return undefined;
  const century = cardinal(pair[1]!);
  if (century === undefined || century < 10 || century > 29) return undefined;
  if (pair[2] === "hundred") return century * 100;
  const rest = cardinal(pair[2]!.replace(/^oh /, ""));
  if (rest === undefined || rest > 99 || (rest < 10 && !pair[2]!.startsWith("oh "))) return undefined;
  return century * 100 + rest;
}
