import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import type { ResolvedClaim } from "../engine/types.js";
import { checkConsistency, CONSISTENCY_MESSAGES } from "./support/consistency.js";

/** Numbers agree when equal within the predicate's `tolerance` and in the same unit. */
export const numberConsistency = defineRule({
  id: "number-consistency",
  meta: {
    docsUrl: docsUrl("number-consistency"),
    scope: "subject",
    description: "Numbers agree when equal within the predicate's tolerance and given in the same unit.",
    messages: CONSISTENCY_MESSAGES,
  },
  create(ctx) {
    checkConsistency(ctx, "number", {
      agreementDetail(_cluster, claims) {
        const written = [...new Set(claims.map((c) => c.value.written))];
        return written.length > 1 ? ` Written ${written.join(", ")}: within tolerance.` : "";
      },
      discrepancyDetail(clusters) {
        const units = new Set(clusters.flatMap((c) => c.claims.map((x: ResolvedClaim) => (x.value.type === "number" ? (x.value.unit ?? "") : ""))));
        return units.size > 1 ? " The units differ; corroborate does not convert units." : "";
      },
    });
  },
});
