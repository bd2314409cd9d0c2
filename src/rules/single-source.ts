import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import { moduleFor } from "../values/index.js";
import { dependenceReasons, listOf, share } from "./support/describe.js";

/**
 * A value that only one independent source stands behind, once values are
 * read, is what a fact-checker must verify first: one note per such value
 * (per time slice for predicates that change over time), with who it is
 * attributed to and, when consensus could estimate it, how far that source is
 * trusted. A value other sources state in another form is confirmed, not
 * single-source; a value other sources contradict is the discrepancy's
 * business (which counts each value's independent sources), except a status,
 * which is read as a timeline.
 */
export const singleSource = defineRule({
  id: "single-source",
  meta: {
    docsUrl: docsUrl("single-source"),
    scope: "subject",
    description: "Notes each value that only one independent source stands behind and no discrepancy already shows.",
    messages: {
      single: "Only {source} states the {predicate} of {subject}: {value}; no other independent source confirms it (its trust: {trust}).",
      singleAttributed:
        "Only {source} states the {predicate} of {subject}: {value}, attributed to {attributedTo}; no other independent source confirms it (its trust: {trust}).",
    },
  },
  create(ctx) {
    for (const group of ctx.groups) {
      const module = moduleFor(group.spec.type);
      // As the consistency rules do: a value that is the same at every time reported is one slice.
      const slices = !group.spec.changesOverTime || ctx.clusters(group.claims).length <= 1 ? [group.claims] : ctx.slices(group);
      for (const slice of slices) {
        const clusters = ctx.clusters(slice);
        // Values of one slice that contradict each other are a discrepancy, which already counts each value's
        // independent sources; statuses are read as a timeline instead, so a lone status still gets its note.
        if (clusters.length > 1 && group.spec.cardinality === "one" && group.spec.type !== "status") continue;
        for (const cluster of clusters) {
          const readable = cluster.claims.filter((c) => module.failure(c.value) === undefined);
          const independence = ctx.independence(cluster.claims);
          if (readable.length === 0 || independence.count !== 1) continue;
          const attributed = [...new Set(readable.flatMap((c) => (c.claim.attributedTo ? [c.claim.attributedTo] : [])))];
          const hedged = readable.every((c) => c.claim.hedged === true);
          // The one source behind the value: the first (in corpus order) that copies or republishes none of the others.
          const copiers = new Set(independence.dependences.flatMap((d) => (d.quotes === undefined ? [d.sources[0]] : [])));
          const sources = [...new Set(readable.map((c) => c.source))];
          const original = sources.find((s) => !copiers.has(s.id)) ?? sources[0]!;
          const repeats = [...new Set(sources.filter((s) => s !== original).map((s) => s.outlet))];
          const trust = ctx.consensus(slice)?.trust.get(original.id);
          const notes = [
            ...(repeats.length > 0 ? [`Repeated by ${listOf(repeats)}, counted once with it: ${dependenceReasons(independence.dependences).join("; ")}.`] : []),
            ...(hedged ? ["An inference: every claim of it is marked hedged."] : []),
          ];
          ctx.report({
            kind: "note",
            messageId: attributed.length > 0 ? "singleAttributed" : "single",
            data: {
              source: original.outlet,
              predicate: group.predicate,
              subject: group.subject,
              value: cluster.label,
              ...(attributed.length > 0 && { attributedTo: attributed.join("; ") }),
              // How far the source is trusted, when consensus could say: a single source is only as good as its record.
              trust: trust === undefined ? "not estimated" : share(trust),
            },
            ...(notes.length > 0 && { note: notes.join(" ") }),
            subject: group.subject,
            predicate: group.predicate,
            claims: cluster.claims,
            clusters: [cluster],
          });
        }
      }
    }
  },
});
