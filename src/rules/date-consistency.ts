import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import { compareDates, describeInterval, type DatePrecision } from "../time/partial-date.js";
import type { ResolvedDateValue } from "../values/date.js";
import { checkConsistency, CONSISTENCY_MESSAGES } from "./support/consistency.js";
import { listOf, writtenAndResolved } from "./support/describe.js";

/**
 * Dates agree when their intervals overlap: "March 2023" and "19 March 2023"
 * agree at month precision, and the message says which sources give only the
 * coarser date. Disjoint dates conflict, with the gap in days.
 */
export const dateConsistency = defineRule({
  id: "date-consistency",
  meta: {
    docsUrl: docsUrl("date-consistency"),
    scope: "subject",
    description: "Dates of the same event agree when their calendar intervals overlap; disjoint dates conflict.",
    messages: CONSISTENCY_MESSAGES,
  },
  create(ctx) {
    checkConsistency(ctx, "date", {
      agreementDetail(cluster, claims) {
        const core = (cluster.resolved as ResolvedDateValue).interval!;
        const coarser = new Map<DatePrecision, Set<string>>();
        for (const c of claims) {
          if (c.value.type !== "date" || c.value.interval === undefined) continue;
          const relation = compareDates(c.value.interval, core);
          if (relation.relation === "compatible") {
            const precision = c.value.interval.precision;
            coarser.set(precision, (coarser.get(precision) ?? new Set()).add(`${c.source.outlet} (${writtenAndResolved(c)})`));
          }
        }
        return [...coarser.entries()]
          .map(([precision, set]) => {
            const who = [...set];
            const verb = who.length === 1 ? "gives" : "give";
            return precision === "span"
              ? ` ${listOf(who)} ${verb} a span that includes ${describeInterval(core)}: compatible, but not confirming the day.`
              : ` ${listOf(who)} ${verb} only the ${precision}: they agree at ${precision} precision.`;
          })
          .join("");
      },
    });
  },
});
