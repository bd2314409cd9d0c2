import { EntityMatcher } from "../entities/matcher.js";
import type { Claim, Corpus, DateValue, Source, Value } from "../model/types.js";
import { intervalFromDays, parsePartialDate, type DateInterval } from "../time/partial-date.js";
import { resolveDate } from "../time/resolve-date.js";
import { normalizeText } from "./similarity.js";
import type { ResolvedClaim, ResolvedValue } from "./types.js";

/** Write a value as its source wrote it. */
export function writtenValue(value: Value): string {
  switch (value.type) {
    case "date":
      return value.expr ?? value.value ?? "";
    case "number":
      return value.unit === undefined ? String(value.value) : `${value.value} ${value.unit}`;
    default:
      return value.value;
  }
}

/**
 * Resolve a date value: an ISO date directly, an expression against its
 * anchor or else its source's publication date, with the quote as context.
 * An expression that refers back to a date in the text ("that year") is only
 * read against an explicit anchor: against a publication date it would be a guess.
 */
export function resolveDateValue(value: DateValue, source: Source, context: string): Extract<ResolvedValue, { type: "date" }> {
  if (value.value !== undefined) {
    const parsed = parsePartialDate(value.value);
    return { type: "date", written: value.value, interval: parsed.ok ? parsed.interval : undefined };
  }
  const expr = value.expr!;
  const reference = value.anchor ?? source.publishedAt ?? null;
  const referenceLabel = value.anchor !== undefined ? "anchor" : "publication date";
  const resolution = resolveDate(expr, { reference, context, referenceLabel });
  if (resolution.ok && resolution.kind === "anaphoric" && value.anchor === undefined) {
    const refused = {
      ok: false as const,
      reason: `'${expr}' refers back to a date given earlier in the text; give the claim an "anchor" to resolve it`,
    };
    return { type: "date", written: expr, interval: undefined, resolution: refused, referenceLabel, reference };
  }
  const interval = resolution.ok ? parsePartialDateOrSpan(resolution.start, resolution.end) : undefined;
  return { type: "date", written: expr, interval, resolution, referenceLabel, reference };
}

function parsePartialDateOrSpan(start: string, end: string): DateInterval {
  const a = parsePartialDate(start);
  const b = parsePartialDate(end);
  if (!a.ok || !b.ok) throw new Error(`resolver returned an invalid interval ${start}…${end}`);
  return intervalBetween(a.interval, b.interval);
}


function intervalBetween(a: DateInterval, b: DateInterval): DateInterval {
  return intervalFromDays(a.startDay, b.endDay);
}

/**
 * Resolve every claim's value once. Entities are identified through one matcher
 * whose cache is shared by all claims; dates are resolved per claim because each
 * is read against its own source and quote.
 */
export function resolveClaims(corpus: Corpus): { claims: readonly ResolvedClaim[]; matcher: EntityMatcher } {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const matcher = new EntityMatcher(corpus.entities);
  const claims = corpus.claims.map((claim, index): ResolvedClaim => {
    const source = sources.get(claim.source)!;
    const value = resolveValue(claim, source, matcher);
    const { asOf, asOfHow } = resolveAsOf(claim, source);
    // Frozen: rules read resolved claims and must never change them.
    return Object.freeze({ claim, index, source, value: Object.freeze(value), asOf, asOfHow });
  });
  return { claims: Object.freeze(claims), matcher };
}

function resolveValue(claim: Claim, source: Source, matcher: EntityMatcher): ResolvedValue {
  const value = claim.value;
  switch (value.type) {
    case "date":
      return resolveDateValue(value, source, claim.quote);
    case "entity":
      return { type: "entity", written: value.value, identity: matcher.identify(value.value) };
    case "text":
      return { type: "text", written: value.value, normalized: normalizeText(value.value) };
    case "number":
      return { type: "number", written: writtenValue(value), value: value.value, unit: value.unit };
    case "status":
      return { type: "status", written: value.value, value: value.value };
  }
}

function resolveAsOf(claim: Claim, source: Source): { asOf: DateInterval | undefined; asOfHow: string } {
  if (claim.asOf !== undefined) {
    const resolved = resolveDateValue(claim.asOf, source, claim.quote);
    if (resolved.interval !== undefined) {
      const how = resolved.resolution?.ok ? resolved.resolution.explanation : `as of ${resolved.written}`;
      return { asOf: resolved.interval, asOfHow: how };
    }
    const reason = resolved.resolution && !resolved.resolution.ok ? resolved.resolution.reason : "unresolved";
    return { asOf: undefined, asOfHow: `its asOf could not be resolved: ${reason}` };
  }
  if (source.publishedAt) {
    const parsed = parsePartialDate(source.publishedAt);
    if (parsed.ok) return { asOf: parsed.interval, asOfHow: `as of ${source.id}'s publication date ${source.publishedAt}` };
  }
  return { asOf: undefined, asOfHow: "no asOf and no publication date" };
}
