/**
 * Readings relative to the reference: weekdays, yesterday and tomorrow, this
 * or last week, month or year, "N days ago", "the day before …", and anaphora.
 *
 * @internal
 */
import { isoWeekday, weekdayName } from "./calendar.js";
import { weekdayNumber } from "./lexicon.js";
import { dayInterval, describeInterval, intervalFromDays, yearInterval, type DateInterval } from "./partial-date.js";
import { civil, directionOf, hull, isoWeek, needReference, shiftMonth, type Env, type Outcome } from "./reading.js";
import type { Direction, TenseCue } from "./tense.js";

// --- weekdays -------------------------------------------------------------------

export function weekday(word: string, modifier: string | undefined, env: Env): Outcome {
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

export function deicticDay(word: string, env: Env): Outcome {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const shift = { yesterday: -1, "the day before yesterday": -2, tomorrow: 1, "the day after tomorrow": 2 }[word] ?? 0;
  return { interval: hull(ref, (d) => dayInterval(d + shift)), kind: "relative" };
}

export function period(modifier: string, unit: string, env: Env): Outcome {
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

export function offset(n: number, unit: string, way: string, env: Env): Outcome {
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

export function around(
  unit: string,
  way: string,
  inner: string,
  env: Env,
  depth: number,
  read: (text: string, env: Env, depth: number) => Outcome,
): Outcome {
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

export function anaphor(word: string, env: Env): Outcome {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const wants = /month/.test(word) ? "month" : /day/.test(word) ? "day" : undefined;
  if (wants === "month" && ref.precision === "year") return { fail: "the reference is known only to the year" };
  if (wants === "day" && ref.precision !== "day") return { fail: `the reference is known only to the ${ref.precision}` };
  const interval = wants === "month" ? shiftMonth(ref.startDay, 0) : ref;
  return { interval, kind: "anaphoric", how: "refers back to the reference" };
}

export function anaphoricShift(unit: string, step: number, env: Env): Outcome {
  const ref = needReference(env);
  if ("fail" in ref) return ref;
  const f = (d: number): DateInterval =>
    unit === "year" ? yearInterval(civil(d).year + step) : unit === "month" ? shiftMonth(d, step) : dayInterval(d + step);
  return { interval: hull(ref, f), kind: "anaphoric" };
}
