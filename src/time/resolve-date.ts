import { DateTime } from "luxon";
import { daysFromCivil, daysInMonth, isoWeekday, weekdayName } from "./calendar.js";
import {
  CARDINAL_PATTERN,
  MONTH_PATTERN,
  ORDINAL_PATTERN,
  WEEKDAY_PATTERN,
  cardinal,
  monthNumber,
  ordinal,
  weekdayNumber,
  yearInWords,
} from "./lexicon.js";
import {
  dayInterval,
  describeInterval,
  intervalFromDays,
  monthInterval,
  parsePartialDate,
  yearInterval,
  type DateInterval,
  type DatePrecision,
} from "./partial-date.js";
import { tenseCue, type Direction, type TenseCue } from "./tense.js";

/** Options of {@link resolveDate}. */
export interface ResolveDateOptions {
  /** Partial ISO date the expression is read against (usually the publication date); `null` when unknown. */
  readonly reference: string | null | undefined;
  /** The sentence or quote around the expression: its tense decides between past and future. */
  readonly context?: string;
  /** What the reference is, for the explanation: "publication date" (default "reference date") or "anchor". */
  readonly referenceLabel?: string;
}

/** A resolved expression: the interval it names, and why. */
export interface ResolvedDate {
  readonly ok: true;
  /** ISO partial date naming exactly [start, end], or `null` when none does. */
  readonly value: string | null;
  readonly start: string;
  readonly end: string;
  readonly precision: DatePrecision;
  /** One line: "'on Sunday' against publication date 2024-11-12 (Tuesday) → 2024-11-10 (…)". */
  readonly explanation: string;
  /** `absolute` needs no reference; `relative` is read against it; `anaphoric` refers back to a date in the text. */
  readonly kind: "absolute" | "relative" | "anaphoric";
  /** Set when past or future was chosen, with the word that decided. */
  readonly direction?: { readonly direction: Direction; readonly cue: string };
  /** Set when a stated weekday does not fall on the stated date ("Thursday, April 22, 2016"). */
  readonly weekdayMismatch?: { readonly date: string; readonly stated: string; readonly actual: string };
}

export interface UnresolvedDate {
  readonly ok: false;
  readonly reason: string;
}

export type ResolveDateResult = ResolvedDate | UnresolvedDate;

type Outcome =
  | {
      readonly interval: DateInterval;
      readonly kind: ResolvedDate["kind"];
      readonly how?: string;
      readonly direction?: { direction: Direction; cue: string };
      readonly weekdayMismatch?: ResolvedDate["weekdayMismatch"];
    }
  | { readonly fail: string };

interface Env {
  readonly text: string;
  readonly ref: DateInterval | undefined;
  readonly context: string | undefined;
  /** Set when the reading looked at the context: then the result holds for this context only. */
  usedContext: boolean;
}

/**
 * Resolve one English date expression against a reference date (CONTRACT.md §4).
 *
 * Absolute dates ("March 19, 2023") need no reference; relative ones ("on Sunday",
 * "March last year", "two weeks ago") are read against `reference`, and a
 * reference known only to the month or year carries its uncertainty through:
 * "on Sunday" against `2023-03` is the span of possible Sundays, `value: null`.
 * Without a year, the tense of `context` decides between the past and the future
 * occurrence. Never guesses: what it cannot read is `{ ok: false, reason }`.
 *
 * @example
 * ```ts
 * resolveDate("on Sunday", { reference: "2024-11-12", referenceLabel: "publication date" });
 * // { ok: true, value: "2024-11-10", start: "2024-11-10", end: "2024-11-10", precision: "day",
 * //   explanation: "'on Sunday' against publication date 2024-11-12 (Tuesday) → 2024-11-10 (the Sunday before)", … }
 * resolveDate("in March", { reference: "2023-09", context: "an agreement signed in March" }).value; // "2023-03"
 * ```
 */
export function resolveDate(text: string, options: ResolveDateOptions): ResolveDateResult {
  return resolveDateDetailed(text, options).result;
}

/**
 * {@link resolveDate}, also saying whether the context was consulted: a result
 * that did not look at it holds for the same text and reference in any sentence,
 * which lets the engine resolve each distinct expression once per reference.
 *
 * @internal
 */
export function resolveDateDetailed(text: string, options: ResolveDateOptions): { result: ResolveDateResult; usedContext: boolean } {
  const env: Env = { text, ref: undefined, context: options.context, usedContext: false };
  const result = resolveInto(env, text, options);
  return { result, usedContext: env.usedContext };
}

function resolveInto(env: Env, text: string, options: ResolveDateOptions): ResolveDateResult {
  if (typeof text !== "string" || text.trim() === "") return { ok: false, reason: "the date expression is empty" };
  let ref: DateInterval | undefined;
  if (options.reference !== null && options.reference !== undefined) {
    const parsed = parsePartialDate(String(options.reference).slice(0, 10));
    if (!parsed.ok) return { ok: false, reason: `the reference date is not usable: ${parsed.reason}` };
    ref = parsed.interval;
  }
  (env as { ref: DateInterval | undefined }).ref = ref;
  const outcome = read(normalize(text), env, 0);
  if ("fail" in outcome) return { ok: false, reason: `'${text}': ${outcome.fail}` };
  const { interval } = outcome;
  const label = options.referenceLabel ?? "reference date";
  const against = outcome.kind === "absolute" || ref === undefined ? "" : ` against ${label} ${describeReference(ref)}`;
  const resolved = interval.precision === "span" ? `${interval.start} … ${interval.end}` : interval.value!;
  const notes = [outcome.how, outcome.weekdayMismatch && `but ${outcome.weekdayMismatch.date} is a ${outcome.weekdayMismatch.actual}, not a ${outcome.weekdayMismatch.stated}`]
    .filter(Boolean)
    .join("; ");
  return {
    ok: true,
    value: interval.value,
    start: interval.start,
    end: interval.end,
    precision: interval.precision,
    explanation: `'${text}'${against} → ${resolved}${notes ? ` (${notes})` : ""}`,
    kind: outcome.kind,
    ...(outcome.direction && { direction: outcome.direction }),
    ...(outcome.weekdayMismatch && { weekdayMismatch: outcome.weekdayMismatch }),
  };
}

function describeReference(ref: DateInterval): string {
  if (ref.precision === "day") return `${ref.value} (${weekdayName(isoWeekday(ref.startDay))})`;
  return `${describeInterval(ref)} (known to the ${ref.precision})`;
}

// ---------------------------------------------------------------------------
// Normalisation: lower case, no punctuation that does not carry meaning, no
// prepositions or vague qualifiers ("around", "nearly"), no time of day.

const LEADING =
  /^(?:on|in|at|by|since|until|till|from|during|of|before|after|around|about|nearly|almost|approximately|roughly|some|just|only|as of|as soon as|as early as|as late as|no later than|not until|through|throughout|for|over|within|circa|ca|c|beginning|starting|effective|more than|less than|up to)\s+/;
/** Parts of a period: they do not narrow it (a year-precise "late 2023" is still 2023), so they are noted and dropped. */
const PART =
  /^(?:early|late|mid|earlier|later|the (?:beginning|start|end|middle|close|rest|remainder|turn|first half|second half|first part|last part|latter part|early part) of|a good part of|much of|most of|all of|the first (?:days?|weeks?) of|the last (?:days?|weeks?) of)(?:[- ]+|$)/;

function normalize(text: string): string {
  let t = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[–—‐]/g, "-")
    .replace(/["“”()[\]]/g, " ")
    .replace(/'s\b/g, "")
    .replace(/\b([a-z]{2,5})\.(?=\s|,|$)/g, "$1")
    .replace(/,/g, " ")
    .replace(/\s+/g, " ")
    .replace(/[.!?;:]+$/, "")
    .trim();
  t = t.replace(/\s+or so\b/g, "");
  t = t.replace(/\b(?:this morning|this afternoon|this evening|tonight)\b/g, "today").replace(/\blast night\b/g, "yesterday");
  let previous: string;
  do {
    previous = t;
    t = t.replace(LEADING, "").replace(/^the (?=\d{4}\b)/, "");
    t = t.replace(/(?<!\b(?:next|following|same|that|the|previous))\s+(?:morning|afternoon|evening|night|overnight|noon|midnight)$/, "");
    t = t.replace(/^(?:year[- ]end|year end|year-end)$/, "the end of the year");
  } while (t !== previous);
  return t;
}

// ---------------------------------------------------------------------------
// The grammar. Each rule reads one family of expressions.

const M = `(${MONTH_PATTERN})`;
const WD = `(${WEEKDAY_PATTERN})`;
const ORD = `(${ORDINAL_PATTERN})`;
const CARD = `(${CARDINAL_PATTERN})`;
const YEAR = "(\\d{4})";
const MOD = "(last|this|next|this coming|coming|this past|past)";
const YEAR_REL =
  "(?:of )?(that year|the same year|this year|last year|next year|the following year|the previous year|the year before|the prior year|the current year|of last year)";

/** A rule reads what its pattern matches; `undefined` passes the text on to the next rule. */
type Rule = readonly [RegExp, (m: RegExpExecArray, env: Env, depth: number) => Outcome | undefined];

const RULES: readonly Rule[] = [
  [/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/, (m) => absoluteIso(m[0]!)],
  [new RegExp(`^(?:${WD} )?${M} ${ORD} ${YEAR}$`), (m) => absoluteDay(Number(m[4]), m[2]!, m[3]!, m[1])],
  [new RegExp(`^(?:${WD} )?(?:the )?${ORD} (?:of )?${M} ${YEAR}$`), (m) => absoluteDay(Number(m[4]), m[3]!, m[2]!, m[1])],
  [new RegExp(`^${M} (?:of )?${YEAR}$`), (m) => absoluteMonth(Number(m[2]), m[1]!)],
  [
    /^(?:fiscal |calendar |the year |the fiscal year |the calendar year |post-?|pre-?)?(\d{4})(?: (?:or later|and beyond|onwards?|period|fiscal year|season))?$/,
    (m) => absoluteYear(Number(m[1])),
  ],
  [/^(?:the year )?([a-z]+(?: and)?(?: [a-z]+(?:-[a-z]+)?)+)$/, (m) => wordsYear(m[1]!)],
  [new RegExp(`^(?:${MOD} )?(?:${WD} )?${M} ${ORD}(?: ${YEAR_REL})?$`), (m, env) => monthDay(m[3]!, m[4]!, m[5], m[2], m[1], env)],
  [new RegExp(`^(?:${MOD} )?(?:${WD} )?(?:the )?${ORD} (?:of )?${M}(?: ${YEAR_REL})?$`), (m, env) => monthDay(m[4]!, m[3]!, m[5], m[2], m[1], env)],
  [new RegExp(`^${M} (?:of )?([a-z]+(?: and)?(?: [a-z]+(?:-[a-z]+)?)+)$`), (m) => {
    const year = yearInWords(m[2]!);
    return year === undefined ? undefined : absoluteMonth(year, m[1]!);
  }],
  [new RegExp(`^(?:${MOD} )?${M}(?: ${YEAR_REL})?$`), (m, env) => month(m[2]!, m[1], m[3], env)],
  [
    new RegExp(`^(?:(last|this|next|this coming|coming|this past|past|the previous|the following|the next|the prior) )?${WD}$`),
    (m, env) => weekday(m[2]!, m[1], env),
  ],
  [/^(yesterday|today|tomorrow|now|the day before yesterday|the day after tomorrow|the current day)$/, (m, env) => deicticDay(m[1]!, env)],
  [
    /^(last|this|next|the past|the previous|the coming|the current|the following|the next|the prior|the same|that|the|the full|the fiscal|the current fiscal|the latest fiscal|the latest|the latest full|this fiscal|last fiscal|next fiscal) (week|weekend|month|year|fiscal year)$/,
    (m, env) => period(m[1]!, m[2]!, env),
  ],
  [new RegExp(`^${CARD} (day|week|fortnight|month|year|decade)s? (ago|earlier|before|back|later|after|from now|hence)$`), (m, env) =>
    offset(cardinal(m[1]!)!, m[2]!, m[3]!, env)],
  [new RegExp(`^in ${CARD} (day|week|fortnight|month|year)s?$`), (m, env) => offset(cardinal(m[1]!)!, m[2]!, "from now", env)],
  [/^(?:a )?year[- ](?:earlier|ago|before)$/, (_m, env) => offset(1, "year", "ago", env)],
  [/^(?:the )?(day|week|month|year) (before|after) (.+)$/, (m, env, depth) => around(m[1]!, m[2]!, m[3]!, env, depth)],
  [
    new RegExp(
      `^(?:${MOD} )?(christmas eve|christmas day|christmas|new year eve|new year day|new year|thanksgiving day|thanksgiving|election day|halloween|valentine day|independence day)(?: (\\d{4}))?$`,
    ),
    (m, env) => holiday(m[2]!, m[3], m[1], env),
  ],
  [/^(then|that day|the same day|that month|the same month|the day|the month)$/, (m, env) => anaphor(m[1]!, env)],
  [/^(?:the )?(?:next|following) (day|morning|afternoon|evening|month|year)$/, (m, env) => anaphoricShift(m[1]!, 1, env)],
  [/^(?:the )?(?:previous|prior) (day|month|year)$/, (m, env) => anaphoricShift(m[1]!, -1, env)],
  [
    new RegExp(`^(?:${CARD} )?(?:days?|weeks?|months?|years?|decades?|fortnights?)$|^(?:the )?${ORD} (?:day|week|month|year)$`),
    () => ({ fail: "a duration or a count of days, not a date" }),
  ],
];

function read(t: string, env: Env, depth: number): Outcome {
  if (depth > 3) return { fail: "too deeply nested" };
  let part: string | undefined;
  const partMatch = PART.exec(t);
  if (partMatch) {
    part = partMatch[0].trim().replace(/[- ]+$/, "");
    t = normalize(t.slice(partMatch[0].length));
    if (t === "") return { fail: "names part of a period but not the period" };
    if (t === "year" || t === "month" || t === "week") t = `the ${t}`;
  }
  for (const [pattern, handle] of RULES) {
    const m = pattern.exec(t);
    if (!m) continue;
    const outcome = handle(m, env, depth);
    if (outcome === undefined) continue;
    if ("fail" in outcome || part === undefined || outcome.interval.precision === "day") return outcome;
    const note = `"${part}" does not narrow the ${outcome.interval.precision === "span" ? "interval" : outcome.interval.precision}`;
    return { ...outcome, how: outcome.how ? `${outcome.how}; ${note}` : note };
  }
  return { fail: "not a date expression this resolver reads" };
}

// --- absolute ----------------------------------------------------------------

function absoluteIso(text: string): Outcome {
  const parsed = parsePartialDate(text);
  return parsed.ok ? { interval: parsed.interval, kind: "absolute" } : { fail: parsed.reason };
}

function validDay(year: number, monthNo: number, day: number | undefined): string | undefined {
  if (day === undefined || day < 1 || day > daysInMonth(year, monthNo)) {
    return `${day ?? "?"} is not a day of ${DateTime.utc(year, monthNo, 1).toFormat("LLLL yyyy")}`;
  }
  return undefined;
}

function withWeekday(day: number, statedWord: string | undefined): Pick<Extract<Outcome, { interval: unknown }>, "weekdayMismatch"> {
  if (statedWord === undefined) return {};
  const stated = weekdayNumber(statedWord)!;
  const actual = isoWeekday(day);
  if (stated === actual) return {};
  return { weekdayMismatch: { date: dayInterval(day).value!, stated: weekdayName(stated), actual: weekdayName(actual) } };
}

function absoluteDay(year: number, monthWord: string, dayWord: string, weekdayWord: string | undefined): Outcome {
  const monthNo = monthNumber(monthWord)!;
  const day = ordinal(dayWord);
  const invalid = validDay(year, monthNo, day);
  if (invalid) return { fail: invalid };
  const days = daysFromCivil(year, monthNo, day!);
  return { interval: dayInterval(days), kind: "absolute", ...withWeekday(days, weekdayWord) };
}

function absoluteMonth(year: number, monthWord: string): Outcome {
  return { interval: monthInterval(year, monthNumber(monthWord)!), kind: "absolute" };
}

function absoluteYear(year: number): Outcome {
  if (year < 1000 || year > 2999) return { fail: `${year} is outside the years this resolver reads (1000–2999)` };
  return { interval: yearInterval(year), kind: "absolute" };
}

function wordsYear(words: string): Outcome | undefined {
  const year = yearInWords(words);
  return year === undefined ? undefined : absoluteYear(year);
}

// --- helpers for relative readings --------------------------------------------

function needReference(env: Env): DateInterval | { fail: string } {
  return env.ref ?? { fail: "needs a reference date (the publication date is unknown and no anchor was given)" };
}

/** Apply a day → interval reading to both ends of the reference and take the hull. */
function hull(ref: DateInterval, f: (day: number) => DateInterval): DateInterval {
  const a = f(ref.startDay);
  const b = ref.startDay === ref.endDay ? a : f(ref.endDay);
  return intervalFromDays(Math.min(a.startDay, b.startDay), Math.max(a.endDay, b.endDay));
}

function civil(day: number): { year: number; month: number } {
  const dt = DateTime.fromMillis(day * 86_400_000, { zone: "utc" });
  return { year: dt.year, month: dt.month };
}

function shiftMonth(day: number, months: number): DateInterval {
  const dt = DateTime.fromMillis(day * 86_400_000, { zone: "utc" }).startOf("month").plus({ months });
  return monthInterval(dt.year, dt.month);
}

function isoWeek(day: number): DateInterval {
  const monday = day - (isoWeekday(day) - 1);
  return intervalFromDays(monday, monday + 6);
}

/** Past or future, from an explicit modifier, else the context's tense. */
function directionOf(env: Env, prepositions = false): TenseCue | undefined {
  if (env.context === undefined) return undefined;
  env.usedContext = true;
  return tenseCue(env.context, env.text, { prepositions });
}

/**
 * Beyond this many days (about ten months), a cue no longer outweighs a nearer
 * occurrence: a writer meaning a date almost a year away gives its year.
 */
const CUE_REACH = 300;

/**
 * Pick one yearly occurrence of a year-less date (a month, a day of a month, a
 * holiday) for a reference: the one inside a month- or year-precise reference
 * if there is exactly one, else the past or future one by the context's tense,
 * else the nearest.
 */
function pickOccurrence(
  occurrence: (year: number) => DateInterval | undefined,
  modifier: string | undefined,
  env: Env,
): Outcome {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const first = civil(ref.startDay).year;
  const last = civil(ref.endDay).year;
  const candidates: DateInterval[] = [];
  for (let year = first - 2; year <= last + 2; year++) {
    const c = occurrence(year);
    if (c) candidates.push(c);
  }
  if (candidates.length === 0) return { fail: "no such date in the years around the reference" };
  const relative = { kind: "relative" as const };
  if (modifier === "last" || modifier === "past" || modifier === "this past") {
    const c = candidates.filter((c) => c.endDay < ref.startDay).at(-1);
    return c ? { interval: c, ...relative, how: "the last one before the reference" } : { fail: "no earlier occurrence" };
  }
  if (modifier === "next" || modifier === "coming" || modifier === "this coming") {
    const c = candidates.find((c) => c.startDay > ref.endDay);
    return c ? { interval: c, ...relative, how: "the next one after the reference" } : { fail: "no later occurrence" };
  }
  if (modifier === "this" && ref.precision !== "span") {
    const c = candidates.find((c) => civil(c.startDay).year === first);
    if (c && first === last) return { interval: c, ...relative, how: "the one in the reference's year" };
  }
  if (ref.precision !== "day") {
    const inside = candidates.filter((c) => c.startDay <= ref.endDay && ref.startDay <= c.endDay);
    if (inside.length === 1) return { interval: inside[0]!, ...relative, how: `within the reference's ${ref.precision}` };
  }
  const distance = (c: DateInterval) => Math.max(0, c.startDay - ref.endDay, ref.startDay - c.endDay);
  const nearest = candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  const cue = directionOf(env, true);
  if (cue !== undefined) {
    const chosen =
      cue.direction === "past"
        ? candidates.filter((c) => c.startDay <= ref.endDay).at(-1)
        : candidates.find((c) => c.endDay >= ref.startDay);
    const direction = { direction: cue.direction, cue: cue.cue };
    if (chosen && (distance(chosen) <= CUE_REACH || chosen === nearest)) {
      return { interval: chosen, ...relative, direction, how: `the ${cue.direction === "past" ? "past" : "coming"} one: '${cue.cue}'` };
    }
    if (chosen) {
      return { interval: nearest, ...relative, how: `the nearest one: the ${cue.direction} one that '${cue.cue}' suggests is over ten months away` };
    }
  }
  return { interval: nearest, ...relative, how: "the nearest one; the context gives no tense" };
}

/** The year a YEAR_REL phrase names ("last year", "of that year"), read against the reference. */
function yearFromRelation(relation: string, env: Env): { year: number; kind: "relative" | "anaphoric" } | { fail: string } {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const first = civil(ref.startDay).year;
  if (first !== civil(ref.endDay).year) return { fail: "the reference spans more than one year" };
  const r = relation.replace(/^of /, "");
  if (r === "that year" || r === "the same year") return { year: first, kind: "anaphoric" };
  if (r === "the following year") return { year: first + 1, kind: "anaphoric" };
  if (r === "the previous year" || r === "the year before" || r === "the prior year") return { year: first - 1, kind: "anaphoric" };
  if (r === "last year") return { year: first - 1, kind: "relative" };
  if (r === "next year") return { year: first + 1, kind: "relative" };
  return { year: first, kind: "relative" };
}

// --- year-less calendar dates ---------------------------------------------------

function monthDay(
  monthWord: string,
  dayWord: string,
  relation: string | undefined,
  weekdayWord: string | undefined,
  modifier: string | undefined,
  env: Env,
): Outcome {
  const monthNo = monthNumber(monthWord)!;
  const day = ordinal(dayWord);
  if (day === undefined || day < 1 || day > 31) return { fail: `${dayWord} is not a day of the month` };
  if (relation !== undefined) {
    const y = yearFromRelation(relation, env);
    if ("fail" in y) return y;
    const invalid = validDay(y.year, monthNo, day);
    if (invalid) return { fail: invalid };
    const days = daysFromCivil(y.year, monthNo, day);
    return { interval: dayInterval(days), kind: y.kind, how: `the year from '${relation}'`, ...withWeekday(days, weekdayWord) };
  }
  const on = (year: number) => (day <= daysInMonth(year, monthNo) ? dayInterval(daysFromCivil(year, monthNo, day)) : undefined);
  if (weekdayWord !== undefined && env.ref !== undefined) {
    // A stated weekday picks the year: the nearest year around the reference in which the date falls on it.
    const year = civil(env.ref.startDay).year;
    const stated = weekdayNumber(weekdayWord)!;
    const match = [year, year + 1, year - 1].map(on).find((c) => c !== undefined && isoWeekday(c.startDay) === stated);
    if (match) return { interval: match, kind: "relative", how: `the year in which it is a ${weekdayName(stated)}` };
  }
  const outcome = pickOccurrence(on, modifier, env);
  return "fail" in outcome ? outcome : { ...outcome, ...withWeekday(outcome.interval.startDay, weekdayWord) };
}

function month(monthWord: string, modifier: string | undefined, relation: string | undefined, env: Env): Outcome {
  const monthNo = monthNumber(monthWord)!;
  if (relation !== undefined) {
    const y = yearFromRelation(relation, env);
    if ("fail" in y) return y;
    return { interval: monthInterval(y.year, monthNo), kind: y.kind, how: `the year from '${relation}'` };
  }
  return pickOccurrence((year) => monthInterval(year, monthNo), modifier, env);
}

function holiday(name: string, yearText: string | undefined, modifier: string | undefined, env: Env): Outcome {
  const on = (year: number): DateInterval => {
    const nthWeekday = (monthNo: number, isoDay: number, n: number) => {
      const first = daysFromCivil(year, monthNo, 1);
      return dayInterval(first + ((isoDay - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
    };
    switch (name) {
      case "christmas eve": return dayInterval(daysFromCivil(year, 12, 24));
      case "christmas": case "christmas day": return dayInterval(daysFromCivil(year, 12, 25));
      case "new year eve": return dayInterval(daysFromCivil(year, 12, 31));
      case "halloween": return dayInterval(daysFromCivil(year, 10, 31));
      case "valentine day": return dayInterval(daysFromCivil(year, 2, 14));
      case "independence day": return dayInterval(daysFromCivil(year, 7, 4));
      // US usage: the fourth Thursday of November; Election Day is the Tuesday after the first Monday of November.
      case "thanksgiving": case "thanksgiving day": return nthWeekday(11, 4, 4);
      case "election day": return dayInterval(nthWeekday(11, 1, 1).startDay + 1);
      default: return dayInterval(daysFromCivil(year, 1, 1)); // new year, new year day
    }
  };
  if (yearText !== undefined) return { interval: on(Number(yearText)), kind: "absolute" };
  return pickOccurrence(on, modifier, env);
}

// --- weekdays -------------------------------------------------------------------

function weekday(word: string, modifier: string | undefined, env: Env): Outcome {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const target = weekdayNumber(word)!;
  const name = weekdayName(target);
  const back = (day: number, min: number) => day - ((((isoWeekday(day) - target) % 7) + 7) % 7 || (min > 0 ? 7 : 0));
  const ahead = (day: number, min: number) => day + ((((target - isoWeekday(day)) % 7) + 7) % 7 || (min > 0 ? 7 : 0));
  let f: (day: number) => number;
  let how: string;
  let direction: { direction: Direction; cue: string } | undefined;
  let cue: TenseCue | undefined;
  if (modifier === "last" || modifier === "this past" || modifier === "past" || modifier === "the previous" || modifier === "the prior") {
    [f, how] = [(d) => back(d, 1), `the ${name} before`];
  } else if (modifier === "next" || modifier === "the next" || modifier === "the following") {
    [f, how] = [(d) => ahead(d, 1), `the ${name} after`];
  } else if (modifier === "this" || modifier === "this coming" || modifier === "coming") {
    [f, how] = [(d) => ahead(d, 0), `the coming ${name}`];
  } else if (ref.precision === "day" && isoWeekday(ref.startDay) === target) {
    [f, how] = [(d) => d, "the same day"];
  } else {
    cue = directionOf(env);
    direction = cue && { direction: cue.direction, cue: cue.cue };
    if (direction?.direction === "future") [f, how] = [(d) => ahead(d, 0), `the ${name} after: '${direction.cue}'`];
    else {
      [f, how] = [(d) => back(d, 0), direction ? `the ${name} before: '${direction.cue}'` : `the ${name} before; news reports the past week`];
    }
  }
  const interval = hull(ref, (d) => dayInterval(f(d)));
  if (interval.precision !== "day") how = `one of the ${name}s in this span: ${how}`;
  return { interval, kind: "relative", how, ...(direction && { direction }) };
}

// --- deictic and relative periods ------------------------------------------------

function deicticDay(word: string, env: Env): Outcome {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const shift = { yesterday: -1, "the day before yesterday": -2, tomorrow: 1, "the day after tomorrow": 2 }[word] ?? 0;
  return { interval: hull(ref, (d) => dayInterval(d + shift)), kind: "relative" };
}

function period(modifier: string, unit: string, env: Env): Outcome {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const base = unit === "fiscal year" ? "year" : unit;
  const m = modifier.replace(/ fiscal$/, "").replace(/^the (?:full|fiscal|current fiscal|latest fiscal|latest full)$/, "the current");
  const anaphoric = m === "that" || m === "the same" || m === "the following" || m === "the next" || m === "the prior";
  const step =
    m === "last" || m === "the past" || m === "the previous" || m === "the prior" ? -1
    : m === "next" || m === "the coming" || m === "the following" || m === "the next" ? 1
    : 0;
  if (m === "the latest") return { fail: "'the latest' period depends on what was last reported" };
  const f = (d: number): DateInterval => {
    if (base === "year") return yearInterval(civil(d).year + step);
    if (base === "month") return shiftMonth(d, step);
    const week = isoWeek(d + 7 * step);
    return base === "weekend" ? intervalFromDays(week.endDay - 1, week.endDay) : week;
  };
  const how = unit === "fiscal year" || modifier.includes("fiscal") ? "fiscal years are read as calendar years" : undefined;
  return { interval: hull(ref, f), kind: anaphoric ? "anaphoric" : "relative", ...(how && { how }) };
}

function offset(n: number, unit: string, way: string, env: Env): Outcome {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const sign = /^(ago|earlier|before|back)$/.test(way) ? -1 : 1;
  const anaphoric = /^(earlier|before|later|after)$/.test(way);
  const f = (d: number): DateInterval => {
    switch (unit) {
      case "day": return dayInterval(d + sign * n);
      case "week": return dayInterval(d + sign * 7 * n);
      case "fortnight": return dayInterval(d + sign * 14 * n);
      case "month": return shiftMonth(d, sign * n);
      case "decade": return yearInterval(civil(d).year + sign * 10 * n);
      default: return yearInterval(civil(d).year + sign * n);
    }
  };
  return { interval: hull(ref, f), kind: anaphoric ? "anaphoric" : "relative" };
}

function around(unit: string, way: string, inner: string, env: Env, depth: number): Outcome {
  const base = read(inner, env, depth + 1);
  if ("fail" in base) return base;
  const sign = way === "before" ? -1 : 1;
  const f = (d: number): DateInterval =>
    unit === "day" ? dayInterval(d + sign)
    : unit === "week" ? dayInterval(d + 7 * sign)
    : unit === "month" ? shiftMonth(d, sign)
    : yearInterval(civil(d).year + sign);
  return { ...base, interval: hull(base.interval, f), how: `the ${unit} ${way} ${describeInterval(base.interval)}` };
}

function anaphor(word: string, env: Env): Outcome {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const wants = /month/.test(word) ? "month" : /day/.test(word) ? "day" : undefined;
  if (wants === "month" && ref.precision === "year") return { fail: "the reference is known only to the year" };
  if (wants === "day" && ref.precision !== "day") return { fail: `the reference is known only to the ${ref.precision}` };
  const interval = wants === "month" ? shiftMonth(ref.startDay, 0) : ref;
  return { interval, kind: "anaphoric", how: "refers back to the reference" };
}

function anaphoricShift(unit: string, step: number, env: Env): Outcome {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const f = (d: number): DateInterval =>
    unit === "year" ? yearInterval(civil(d).year + step) : unit === "month" ? shiftMonth(d, step) : dayInterval(d + step);
  return { interval: hull(ref, f), kind: "anaphoric" };
}
