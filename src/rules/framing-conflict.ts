import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import type { ResolvedClaim } from "../engine/types.js";
import type { PredicateSpec } from "../model/types.js";
import { agreeing } from "../values/cluster.js";
import { listOf } from "./support/describe.js";

/**
 * Sources that agree on a value can still frame it differently: who set a
 * deadline, who is bound by it, what it requires. Claims of one value cluster
 * whose `qualifiers` of the same name disagree are a discrepancy about wording,
 * with the differing qualifiers side by side. A qualifier one source leaves out
 * is silence, not disagreement.
 */
export const framingConflict = defineRule({
  id: "framing-conflict",
  meta: {
    docsUrl: docsUrl("framing-conflict"),
    scope: "subject",
    description: "Flags sources that agree on a value but differ in how they frame it (its qualifiers).",
    messages: {
      framing: "{sources} agree that the {predicate} of {subject} is {value} but frame it differently: {differences}.",
    },
  },
  create(ctx) {
    for (const group of ctx.groups) {
      for (const cluster of ctx.clusters(group.claims)) {
        const qualified = cluster.claims.filter((c) => c.claim.qualifiers !== undefined);
        if (new Set(qualified.map((c) => c.source.id)).size < 2) continue;
        const names = [...new Set(qualified.flatMap((c) => Object.keys(c.claim.qualifiers!)))].sort();
        const differences: string[] = [];
        const involved = new Set<ResolvedClaim>();
        for (const name of names) {
          const held = qualified.flatMap((c) => {
            const value = ctx.qualifiers(c)[name];
            return value === undefined ? [] : [{ claim: c, value, index: c.index }];
          });
          if (new Set(held.map((h) => h.claim.source.id)).size < 2) continue;
          // A qualifier holds one type per claim; claims that state it with another type are compared apart.
          const types = [...new Set(held.map((h) => h.value.type))].sort();
          const parts = types.flatMap((type) => agreeing(held.filter((h) => h.value.type === type), QUALIFIER_SPEC));
          if (parts.length < 2) continue;
          parts.sort((a, b) => a.items[0]!.index - b.items[0]!.index);
          differences.push(
            `${name}: ${parts.map((p) => `${listOf([...new Set(p.items.map((x) => x.claim.source.outlet))])} '${p.items[0]!.value.written}'`).join(" vs ")}`,
          );
          for (const h of held) involved.add(h.claim);
        }
        if (differences.length === 0) continue;
        const claims = [...involved].sort((a, b) => a.index - b.index);
        ctx.report({
          kind: "discrepancy",
          messageId: "framing",
          data: {
            sources: listOf([...new Set(claims.map((c) => c.source.outlet))]),
            predicate: group.predicate,
            subject: group.subject,
            value: cluster.label,
            differences: differences.join("; "),
          },
          subject: group.subject,
          predicate: group.predicate,
          claims,
          clusters: [{ value: cluster.value, claims }],
        });
      }
    }
  },
});

/** Qualifiers have no predicate: they compare exactly, without tolerance. */
const QUALIFIER_SPEC: PredicateSpec = { type: "text", cardinality: "one", changesOverTime: false, declared: false };
