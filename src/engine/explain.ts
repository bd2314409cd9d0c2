import type { Evidence, ResolvedClaim } from "./types.js";

/** The resolved value of a claim as a finding shows it, and how it was reached. */
export function resolvedOf(c: ResolvedClaim): { resolved: string | number | null; how?: string } {
  const v = c.value;
  switch (v.type) {
    case "date": {
      if (v.interval === undefined) {
        return { resolved: null, how: v.resolution && !v.resolution.ok ? v.resolution.reason : "unresolved" };
      }
      const resolved = v.interval.value ?? `${v.interval.start}/${v.interval.end}`;
      return v.resolution?.ok ? { resolved, how: v.resolution.explanation } : { resolved };
    }
    case "entity":
      return {
        resolved: v.identity.entity ?? v.written,
        ...(v.identity.explanation !== "" && { how: v.identity.explanation }),
      };
    case "number":
      return { resolved: v.value };
    default:
      return { resolved: v.type === "text" ? v.written : v.value };
  }
}

/** Who said what about a claim, as written and as resolved: its entry in the report's `claims`. */
export function explainClaim(c: ResolvedClaim): Evidence {
  const { resolved, how } = resolvedOf(c);
  const asOf = c.asOf && (c.claim.asOf !== undefined || c.value.type === "status") ? (c.asOf.value ?? `${c.asOf.start}/${c.asOf.end}`) : undefined;
  return {
    source: c.source.id,
    subject: c.claim.subject,
    predicate: c.claim.predicate,
    type: c.value.type,
    outlet: c.source.outlet,
    publishedAt: c.source.publishedAt ?? null,
    written: c.value.written,
    resolved,
    ...(how !== undefined && { how }),
    ...(asOf !== undefined && { asOf }),
    quote: c.claim.quote,
    ...(c.claim.attributedTo !== undefined && { attributedTo: c.claim.attributedTo }),
    ...(c.claim.hedged === true && { hedged: true }),
  };
}
