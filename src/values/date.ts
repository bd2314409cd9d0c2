/**
 * `date` values: calendar dates, exact or partial ("2023", "2023-03",
 * "2023-03-19"), or words ("on Sunday", "March last year") read against an
 * anchor or the source's publication date. A date is a closed interval of
 * days; two dates agree when their intervals overlap.
 */
import { describeInterval, intervalFromDays, parsePartialDate, type DateInterval } from "../time/partial-date.js";
import { resolveDateDetailed, type ResolveDateResult } from "../time/resolve-date.js";
import { distanceOf } from "./distance.js";
import type { ReadContext, ResolvedBase, ValueModule, ValueOf } from "./value-module.js";

/** A date value as the engine resolved it. */
export interface ResolvedDateValue extends ResolvedBase<"date"> {
  /** The interval, or `undefined` when an expression could not be resolved. */
  readonly interval: DateInterval | undefined;
  /** Set for an `expr` date: the resolver's result (or why it was refused). */
  readonly resolution?: ResolveDateResult;
  /** What the expression was read against: "anchor" or "publication date". */
  readonly referenceLabel?: string;
  readonly reference?: string | null;
}

/**
 * How much a coarser value lends to a finer one it contains ("March" to
 * "19 March"): it does not contradict the detail but does not confirm it
 * either, so it counts half. The same weight for every type that has
 * precision (dates, codes with labels, lists of names).
 */
export const COARSER_SUPPORT = 0.5;

/** The interval of an ISO partial date, shared: a corpus holds few distinct dates. */
function isoInterval(iso: string, memo: Map<string, unknown>): DateInterval | undefined {
  const key = `date:iso:${iso}`;
  if (memo.has(key)) return memo.get(key) as DateInterval | undefined;
  const parsed = parsePartialDate(iso);
  const interval = parsed.ok ? parsed.interval : undefined;
  memo.set(key, interval);
  return interval;
}

function read(value: ValueOf<"date">, ctx: ReadContext): ResolvedDateValue {
  if (value.value !== undefined) {
    return { type: "date", written: value.value, interval: isoInterval(value.value, ctx.memo) };
  }
  const expr = value.expr!;
  const reference = value.anchor ?? ctx.publishedAt;
  const referenceLabel = value.anchor !== undefined ? "anchor" : "publication date";
  // Most readings do not depend on their sentence ("March 19, 2023", "last year"):
  // those are shared by every claim with the same expression and reference.
  const key = `date:expr:${expr}\u0000${reference ?? ""}\u0000${referenceLabel}`;
  let resolution = ctx.memo.get(key) as ResolveDateResult | undefined;
  if (resolution === undefined) {
    const detailed = resolveDateDetailed(expr, { reference, context: ctx.context, referenceLabel });
    resolution = detailed.result;
    if (!detailed.usedContext) ctx.memo.set(key, resolution);
  }
  if (resolution.ok && resolution.kind === "anaphoric" && value.anchor === undefined) {
    // "That year" refers back to a date earlier in the text: against a publication date it would be a guess.
    const refused = { ok: false as const, reason: `'${expr}' refers back to a date given earlier in the text; give the claim an "anchor" to resolve it` };
    return { type: "date", written: expr, interval: undefined, resolution: refused, referenceLabel, reference };
  }
  const interval = resolution.ok ? spanOf(resolution.start, resolution.end, ctx.memo) : undefined;
  return { type: "date", written: expr, interval, resolution, referenceLabel, reference };
}

function spanOf(start: string, end: string, memo: Map<string, unknown>): DateInterval | undefined {
  const a = isoInterval(start, memo);
  const b = isoInterval(end, memo);
  // The resolver only returns real ISO days; anything else is its bug, reported as unresolved rather than thrown.
  return a && b && a.startDay <= b.endDay ? intervalFromDays(a.startDay, b.endDay) : undefined;
}

const width = (i: DateInterval) => i.endDay - i.startDay;

/**
 * @example
 * ```ts
 * dateValues.compare(march, nineteenth, spec); // { relation: "compatible", finer: "second" }
 * ```
 */
export const dateValues: ValueModule<"date", ResolvedDateValue> = {
  type: "date",
  written: (value) => value.expr ?? value.value ?? "",
  shareKey: (value) => (value.value !== undefined ? value.value : undefined),
  read,
  failure(r) {
    if (r.interval !== undefined) return undefined;
    return r.resolution && !r.resolution.ok ? r.resolution.reason : `'${r.written}' is not a date`;
  },
  how: (r) => (r.resolution?.ok ? r.resolution.explanation : undefined),
  key: (r) => `${r.interval!.startDay}/${r.interval!.endDay}`,
  canonical: (r) => r.interval!.value ?? `${r.interval!.start}/${r.interval!.end}`,
  label: (r) => describeInterval(r.interval!),
  compare(a, b) {
    const x = a.interval!;
    const y = b.interval!;
    if (x.startDay === y.startDay && x.endDay === y.endDay) return { relation: "same" };
    if (x.startDay <= y.endDay && y.startDay <= x.endDay) {
      const inX = y.startDay >= x.startDay && y.endDay <= x.endDay;
      const inY = x.startDay >= y.startDay && x.endDay <= y.endDay;
      return { relation: "compatible", finer: inX ? "second" : inY ? "first" : "neither" };
    }
    const gap = x.endDay < y.startDay ? y.startDay - x.endDay : x.startDay - y.endDay;
    return { relation: "different", distance: distanceOf(gap, "day") };
  },
  support(a, b) {
    const x = a.interval!;
    const y = b.interval!;
    if (x.startDay > y.endDay || y.startDay > x.endDay) return 0;
    // A finer date inside b confirms it; a coarser one containing b only allows it.
    if (x.startDay >= y.startDay && x.endDay <= y.endDay) return 1;
    return COARSER_SUPPORT;
  },
  combine(readings) {
    // What every reading allows: the intersection (clustering only joins overlapping dates).
    let start = -Infinity;
    let end = Infinity;
    for (const r of readings) {
      start = Math.max(start, r.interval!.startDay);
      end = Math.min(end, r.interval!.endDay);
    }
    if (start > end) return narrowest(readings);
    const exact = readings.find((r) => r.interval!.startDay === start && r.interval!.endDay === end);
    return exact ?? { type: "date", written: "", interval: intervalFromDays(start, end) };
  },
};

/** The narrowest reading, ties by start: a fallback when readings do not all overlap. */
function narrowest(readings: readonly ResolvedDateValue[]): ResolvedDateValue {
  let best = readings[0]!;
  for (const r of readings) {
    const d = width(r.interval!) - width(best.interval!) || r.interval!.startDay - best.interval!.startDay;
    if (d < 0) best = r;
  }
  return best;
}
