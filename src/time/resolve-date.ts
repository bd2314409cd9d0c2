import { isoWeekday, weekdayName } from "./calendar.js";
import { CARDINAL_PATTERN, MONTH_PATTERN, ORDINAL_PATTERN, WEEKDAY_PATTERN, cardinal, yearInWords } from "./lexicon.js";
import { OutsideCalendarError, describeInterval, parsePartialDate, type DateInterval, type DatePrecision } from "./partial-date.js";
import type { Env, Outcome } from "./reading.js";
import { absoluteDay, absoluteIso, absoluteMonth, absoluteYear, holiday, month, monthDay, wordsYear } from "./readings-calendar.js";
import { anaphor, anaphoricShift, around, deicticDay, offset, period, weekday } from "./readings-relative.js";
import type { Direction } from "./tense.js";

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

/** An expression that could not be resolved, and why: never a guess. */
export interface UnresolvedDate {
  readonly ok: false;
  readonly reason: string;
}

/** What {@link resolveDate} returns: a resolved interval, or the reason there is none. */
export type ResolveDateResult = ResolvedDate | UnresolvedDate;


/**
 * Resolve one English date expression against a reference date (README, "Dates in words").
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
  const label = options.referenceLabel ?? "reference date";
  let outcome: Outcome;
  try {
    outcome = read(normalize(text), env, 0);
  } catch (error) {
    // Intervals refuse to be made outside the years 0000–9999 wherever a reading steps
    // there ("tomorrow" against 9999-12-31); this is where that refusal becomes data.
    if (!(error instanceof OutsideCalendarError)) throw error;
    const against = ref === undefined ? "" : ` against ${label} ${describeReference(ref)}`;
    return { ok: false, reason: `'${text}'${against} ${error.message}` };
  }
  if ("fail" in outcome) return { ok: false, reason: `'${text}': ${outcome.fail}` };
  const { interval } = outcome;
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
  [/^(?:the )?(day|week|month|year) (before|after) (.+)$/, (m, env, depth) => around(m[1]!, m[2]!, m[3]!, env, depth, read)],
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
