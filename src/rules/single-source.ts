import { defineRule } from "../engine/define-rule.js";

/**
 * A value that only one independent source states is what a fact-checker must
 * verify first: one note per such value, with who it is attributed to.
 */
export const singleSource = defineRule({
  id: "single-source",
  meta: {
    scope: "subject",
    description: "Notes each value that no other independent source confirms.",
    messages: {
      single: "Only {source} states the {predicate} of {subject}: {value}{attribution}; no other independent source confirms it.",
    },
  },
  create(ctx) {
    for (const group of ctx.groups) {
      for (const cluster of ctx.clusters(group.claims)) {
        if (ctx.independence(cluster.claims).count !== 1) continue;
        const attributed = [...new Set(cluster.claims.flatMap((c) => (c.claim.attributedTo ? [c.claim.attributedTo] : [])))];
        const hedged = cluster.claims.every((c) => c.claim.hedged === true);
        ctx.report({
          kind: "note",
          messageId: "single",
          data: {
            source: [...new Set(cluster.claims.map((c) => c.source.outlet))].join(" / "),
            predicate: group.predicate,
            subject: group.subject,
            value: cluster.interval && cluster.interval.value === null ? `${cluster.interval.start} … ${cluster.interval.end}` : String(cluster.value),
            attribution: `${attributed.length > 0 ? ` (attributed to ${attributed.join("; ")})` : ""}${hedged ? " (an inference, marked hedged)" : ""}`,
          },
          subject: group.subject,
          predicate: group.predicate,
          claims: cluster.claims,
          clusters: [cluster],
        });
      }
    }
  },
});
