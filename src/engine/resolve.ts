import { EntityMatcher } from "../entities/matcher.js";
import type { Claim, Corpus, DateValue, Source, Value } from "../model/types.js";
import { intervalFromDays, parsePartialDate, type DateInterval } from "../time/partial-date.js";
import { resolveDateDetailed, type ResolveDateResult } from "../time/resolve-date.js";
import { normalizeText } from "./similarity.js";
import type { ResolvedClaim, ResolvedValue } from "./types.js";

/** Write a value as its source wrote it. */
export function writtenValue(value: Value): string {
  switch (value.type) {
    case "date":
    case "datetime":
      return value.expr ?? value.value ?? "";
    case "names":
      return value.expr ?? (value.value ?? []).join("; ");
    case "number":
      return value.unit === undefined ? String(value.value) : `${value.value} ${value.unit}`;
    default:
      return value.value;
  }
}

/**
 * Memos for one check: intervals of ISO dates, and resolutions that did not
 * depend on their sentence (most do not: "March 19, 2023", "last year", or a
 * weekday against a day-precise date), keyed by expression and reference.
 */
export interface DateMemo {
  readonly intervals: Map<string, DateInterval | undefined>;
  readonly resolutions: Map<string, ResolveDateResult>;
  /**
   * Resolved values that do not depend on their claim, shared by every claim
   * that carries the same one: a million claims hold a few thousand distinct
   * dates, names and numbers, not a million copies.
   */
  readonly values: Map<string, ResolvedValue>;
}

export function dateMemo(): DateMemo {
  return { intervals: new Map(), resolutions: new Map(), values: new Map() };
}

/**
 * Resolve a date value: an ISO date directly, an expression against its
 * anchor or else its source's publication date, with the quote as context.
 * An expression that refers back to a date in the text ("that year") is only
 * read against an explicit anchor: against a publication date it would be a guess.
 */
export function resolveDateValue(
  value: DateValue,
  source: Source,
  context: string,
  memo: DateMemo,
): Extract<ResolvedValue, { type: "date" }> {
  if (value.value !== undefined) {
    let interval = memo.intervals.get(value.value);
    if (interval === undefined && !memo.intervals.has(value.value)) {
      const parsed = parsePartialDate(value.value);
      interval = parsed.ok ? parsed.interval : undefined;
      memo.intervals.set(value.value, interval);
    }
    return { type: "date", written: value.value, interval };
  }
  const expr = value.expr!;
  const reference = value.anchor ?? source.publishedAt ?? null;
  const referenceLabel = value.anchor !== undefined ? "anchor" : "publication date";
  const key = `${expr}\u0000${reference ?? ""}\u0000${referenceLabel}`;
  let resolution = memo.resolutions.get(key);
  if (resolution === undefined) {
    const detailed = resolveDateDetailed(expr, { reference, context, referenceLabel });
    resolution = detailed.result;
    if (!detailed.usedContext) memo.resolutions.set(key, resolution);
  }
  if (resolution.ok && resolution.kind === "anaphoric" && value.anchor === undefined) {
    const refused = {
      ok: false as const,
      reason: `'${expr}' refers back to a date given earlier in the text; give the claim an "anchor" to resolve it`,
    };
    return { type: "date", written: expr, interval: undefined, resolution: refused, referenceLabel, reference };
  }
  const interval = resolution.ok ? intervalOf(resolution.start, resolution.end, memo) : undefined;
  return { type: "date", written: expr, interval, resolution, referenceLabel, reference };
}

function intervalOf(start: string, end: string, memo: DateMemo): DateInterval {
  const key = `${start}/${end}`;
  let interval = memo.intervals.get(key);
  if (interval === undefined) {
    const a = parsePartialDate(start);
    const b = parsePartialDate(end);
    if (!a.ok || !b.ok) throw new Error(`resolver returned an invalid interval ${start}…${end}`);
    interval = intervalFromDays(a.interval.startDay, b.interval.endDay);
    memo.intervals.set(key, interval);
  }
  return interval;
}

/**
 * Resolve every claim's value once. Entities are identified through one matcher
 * whose cache is shared by all claims; dates are resolved per claim because each
 * is read against its own source and quote.
 */
export function resolveClaims(corpus: Corpus): { claims: readonly ResolvedClaim[]; matcher: EntityMatcher } {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const matcher = new EntityMatcher(corpus.entities);
  const memo = dateMemo();
  const claims = corpus.claims.map((claim, index): ResolvedClaim => {
    const source = sources.get(claim.source)!;
    const value = resolveValue(claim, source, matcher, memo);
    const { asOf, asOfResolution } = resolveAsOf(claim, source, memo);
    // Frozen: rules read resolved claims and must never change them.
    return Object.freeze({
      claim,
      index,
      source,
      value: Object.isFrozen(value) ? value : Object.freeze(value),
      asOf,
      ...(asOfResolution && { asOfResolution }),
    });
  });
  return { claims: Object.freeze(claims), matcher };
}

function resolveValue(claim: Claim, source: Source, matcher: EntityMatcher, memo: DateMemo): ResolvedValue {
  const value = claim.value;
  // The key of a value that is the same whatever claim carries it; an expression read against
  // its context is the one value that is not.
  const key =
    value.type === "date"
      ? value.value !== undefined ? `d\u0000${value.value}` : undefined
      : value.type === "number" ? `n\u0000${value.value}\u0000${value.unit ?? ""}` : `${value.type[0]}\u0000${value.value}`;
  if (key !== undefined) {
    const shared = memo.values.get(key);
    if (shared) return shared;
  }
  const resolved = resolveFresh(claim, source, matcher, memo);
  if (key !== undefined) memo.values.set(key, Object.freeze(resolved));
  return resolved;
}

function resolveFresh(claim: Claim, source: Source, matcher: EntityMatcher, memo: DateMemo): ResolvedValue {
  const value = claim.value;
  switch (value.type) {
    case "date":
      return resolveDateValue(value, source, claim.quote, memo);
    case "entity":
      return { type: "entity", written: value.value, identity: matcher.identify(value.value) };
    case "text":
      return { type: "text", written: value.value, normalized: normalizeText(value.value) };
    case "number":
      return { type: "number", written: writtenValue(value), value: value.value, unit: value.unit };
    case "status":
      return { type: "status", written: value.value, value: value.value };
    default:
      throw new Error(`no reader yet for ${value.type} values`);
  }
}

/** When a claim held: its `asOf` resolved (with how, when in words), else its source's publication date. */
function resolveAsOf(claim: Claim, source: Source, memo: DateMemo): Pick<ResolvedClaim, "asOf" | "asOfResolution"> {
  if (claim.asOf !== undefined) {
    const resolved = resolveDateValue(claim.asOf, source, claim.quote, memo);
    return { asOf: resolved.interval, ...(resolved.resolution && { asOfResolution: resolved.resolution }) };
  }
  if (!source.publishedAt) return { asOf: undefined };
  return { asOf: resolveDateValue({ type: "date", value: source.publishedAt }, source, "", memo).interval };
}
