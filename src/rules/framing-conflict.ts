import { defineRule } from "../engine/define-rule.js";
import type { RuleContext } from "../engine/context.js";
import { writtenValue } from "../engine/resolve.js";
import { normalizeText, TEXT_AGREEMENT, textSimilarity } from "../engine/similarity.js";
import type { ResolvedClaim } from "../engine/types.js";
import type { Value } from "../model/types.js";
import { compareDates, parsePartialDate } from "../time/partial-date.js";
import { clusterLabel, listOf } from "./support/describe.js";

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
          const holders = qualified.filter((c) => Object.prototype.hasOwnProperty.call(c.claim.qualifiers!, name));
          if (new Set(holders.map((c) => c.source.id)).size < 2) continue;
          const parts = partition(ctx, holders.map((c) => ({ claim: c, value: c.claim.qualifiers![name]! })));
          if (parts.length < 2) continue;
          differences.push(
            `${name}: ${parts.map((p) => `${listOf([...new Set(p.map((x) => x.claim.source.outlet))])} '${writtenValue(p[0]!.value)}'`).join(" vs ")}`,
          );
          for (const h of holders) involved.add(h);
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
            value: clusterLabel(cluster),
            differences: differences.join("; "),
          },
          subject: group.subject,
          predicate: group.predicate,
          claims,
          clusters: [{ ...cluster, claims }],
        });
      }
    }
  },
});

type Held = { readonly claim: ResolvedClaim; readonly value: Value };

/** Group qualifier values that agree, each part in corpus order of its first claim. */
function partition(ctx: RuleContext<unknown>, held: readonly Held[]): Held[][] {
  const parts: Held[][] = [];
  for (const h of [...held].sort((a, b) => a.claim.index - b.claim.index)) {
    const home = parts.find((p) => agree(ctx, p[0]!.value, h.value));
    if (home) home.push(h);
    else parts.push([h]);
  }
  return parts;
}

function agree(ctx: RuleContext<unknown>, a: Value, b: Value): boolean {
  if (a.type !== b.type) return false;
  switch (a.type) {
    case "entity": {
      const x = ctx.identify(a.value);
      const y = ctx.identify((b as typeof a).value);
      return x.key === y.key || (x.entity === null && y.entity === null && ctx.compareNames(a.value, (b as typeof a).value).same);
    }
    case "text":
      return textSimilarity(normalizeText(a.value), normalizeText((b as typeof a).value)) >= TEXT_AGREEMENT;
    case "date": {
      const other = b as typeof a;
      if (a.value === undefined || other.value === undefined) return writtenValue(a) === writtenValue(other);
      const [x, y] = [parsePartialDate(a.value), parsePartialDate(other.value)];
      return x.ok && y.ok && compareDates(x.interval, y.interval).relation !== "disjoint";
    }
    case "number":
      return a.value === (b as typeof a).value && a.unit === (b as typeof a).unit;
    case "status":
      return a.value === (b as typeof a).value;
    default:
      return writtenValue(a) === writtenValue(b);
  }
}
