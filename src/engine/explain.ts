import type { ClaimOrigin } from "../model/merge.js";
import { moduleFor, type ReportValue } from "../values/index.js";
import type { Evidence, ResolvedClaim } from "./types.js";

/**
 * The resolved value of a claim as a report shows it, and how it was reached
 * (or why it could not be: then `resolved` is `null`).
 */
export function resolvedOf(c: ResolvedClaim): { resolved: ReportValue | null; how?: string } {
  const module = moduleFor(c.value.type);
  const failure = module.failure(c.value);
  if (failure !== undefined) return { resolved: null, how: failure };
  const how = module.how(c.value);
  return { resolved: module.canonical(c.value), ...(how !== undefined && { how }) };
}

/** Who said what about a claim, as written and as resolved: its entry in the report's `claims`. */
export function explainClaim(c: ResolvedClaim, origin?: ClaimOrigin): Evidence {
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
    ...(origin !== undefined && { file: origin.file, ...(origin.line !== undefined && { line: origin.line }) }),
  };
}
