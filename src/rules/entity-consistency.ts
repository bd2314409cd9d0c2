import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import { checkConsistency, CONSISTENCY_MESSAGES, lessSpecific } from "./support/consistency.js";

/**
 * Names agree when they are the same entity: a corpus alias, the same name once
 * spelling is normalised, or a close spelling variant. Each non-exact match is
 * explained in the message.
 */
export const entityConsistency = defineRule({
  id: "entity-consistency",
  meta: {
    docsUrl: docsUrl("entity-consistency"),
    scope: "subject",
    description: "Names of the same role agree when they identify the same entity, however spelled; different entities conflict.",
    messages: CONSISTENCY_MESSAGES,
  },
  create(ctx) {
    checkConsistency(ctx, "entity", {
      agreementDetail(cluster, claims) {
        const spellings = [...new Set(claims.map((c) => c.value.written))];
        if (spellings.length < 2) return lessSpecific(ctx, cluster);
        const how = [...new Set(claims.flatMap((c) => (c.value.type === "entity" && c.value.identity.explanation ? [c.value.identity.explanation] : [])))];
        return ` Spelled ${spellings.map((s) => `'${s}'`).join(", ")}${how.length > 0 ? `: ${how.join("; ")}` : ""}.${lessSpecific(ctx, cluster)}`;
      },
    });
  },
});
