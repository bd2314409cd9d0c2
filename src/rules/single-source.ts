import { defineRule } from "../engine/define-rule.js";
import { moduleFor } from "../values/index.js";
import { share } from "./support/describe.js";

/**
 * A group of claims that only one independent source stands behind, once its
 * values are read, is what a fact-checker must verify first: one note per such
 * group (per time slice for predicates that change over time), with who it is
 * attributed to and, when consensus could estimate it, how far that source is
 * trusted. A value other sources contradict is a discrepancy, not a
 * single-source note; a value other sources state in another form is
 * confirmed, not single-source.
 */
export const singleSource = defineRule({
  id: "single-source",
  meta: {
    scope: "subject",
    description: "Notes each group of claims that only one independent source stands behind.",
    messages: {
      single: "Only {source} states the {predicate} of {subject}: {value}{attribution}; no other independent source confirms it.{trust}",
    },
  },
  create(ctx) {
    for (const group of ctx.groups) {
      const module = moduleFor(group.spec.type);
      // As the consistency rules do: a value that is the same at every time reported is one slice.
      const slices = !group.spec.changesOverTime || ctx.clusters(group.claims).length <= 1 ? [group.claims] : ctx.slices(group);
      for (const slice of slices) {
        const readable = slice.filter((c) => module.failure(c.value) === undefined);
        if (readable.length === 0 || ctx.independence(readable).count !== 1) continue;
        const clusters = ctx.clusters(slice);
        const attributed = [...new Set(readable.flatMap((c) => (c.claim.attributedTo ? [c.claim.attributedTo] : [])))];
        const hedged = readable.every((c) => c.claim.hedged === true);
        const sources = [...new Set(readable.map((c) => c.source.id))];
        const trust = sources.length === 1 ? ctx.consensus(slice)?.trust.get(sources[0]!) : undefined;
        ctx.report({
          kind: "note",
          messageId: "single",
          data: {
            source: [...new Set(readable.map((c) => c.source.outlet))].join(" / "),
            predicate: group.predicate,
            subject: group.subject,
            value: clusters.map((c) => c.label).join(" / "),
            attribution: `${attributed.length > 0 ? ` (attributed to ${attributed.join("; ")})` : ""}${hedged ? " (an inference, marked hedged)" : ""}`,
            trust: trust === undefined ? "" : ` ${readable[0]!.source.outlet} is trusted ${share(trust)} across the corpus.`,
          },
          subject: group.subject,
          predicate: group.predicate,
          claims: readable,
          clusters,
        });
      }
    }
  },
});
