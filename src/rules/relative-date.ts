import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import type { ResolvedClaim } from "../engine/types.js";

/**
 * Every relative date expression ("on Sunday", "March last year") is shown with
 * its resolution: what it was read against and why. Every expression that could
 * not be resolved is a warning note: never a guess. Covers claim values and
 * `asOf`. Absolute expressions ("March 19, 2023") need no note.
 */
export const relativeDate = defineRule({
  id: "relative-date",
  meta: {
    docsUrl: docsUrl("relative-date"),
    scope: "subject",
    description: "Shows how each date written in words was resolved, and flags those that could not be.",
    messages: {
      resolved: "{source} writes '{expr}' for the {field} of {subject} ({predicate}): {explanation}.",
      unresolved: "{source} writes '{expr}' for the {field} of {subject} ({predicate}), which could not be resolved: {reason}.",
    },
  },
  create(ctx) {
    for (const c of ctx.claims) {
      if (c.value.type === "date" && c.value.resolution) reportOne(c, "date", c.value.resolution);
      if (c.asOfResolution) reportOne(c, "time (asOf)", c.asOfResolution);
    }

    function reportOne(c: ResolvedClaim, field: string, resolution: NonNullable<Extract<ResolvedClaim["value"], { type: "date" }>["resolution"]>): void {
      const expr = field === "date" ? c.value.written : c.claim.asOf!.expr!;
      const base = { source: c.source.outlet, expr, field, subject: c.claim.subject, predicate: c.claim.predicate };
      if (resolution.ok && resolution.kind === "absolute") return;
      if (resolution.ok) {
        ctx.report({ kind: "note", messageId: "resolved", data: { ...base, explanation: resolution.explanation }, subject: c.claim.subject, predicate: c.claim.predicate, claims: [c] });
      } else {
        ctx.report({ kind: "note", severity: "warning", messageId: "unresolved", data: { ...base, reason: resolution.reason }, subject: c.claim.subject, predicate: c.claim.predicate, claims: [c] });
      }
    }
  },
});
