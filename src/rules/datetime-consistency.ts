import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import { resolvedOf } from "../engine/explain.js";
import { checkConsistency, CONSISTENCY_MESSAGES, lessSpecific } from "./support/consistency.js";
import { namedList, writtenAndResolved } from "./support/describe.js";

/**
 * Times agree when they are the same moment (both with a zone or offset) or
 * the same clock time, within the predicate's `tolerance` in minutes,
 * however they are written ("1:55 PM", "13:55", "1:55pDec 1"). A discrepancy
 * says how far apart the nearest two are.
 */
export const datetimeConsistency = defineRule({
  id: "datetime-consistency",
  meta: {
    docsUrl: docsUrl("datetime-consistency"),
    scope: "subject",
    description: "Dates and times agree within the predicate's tolerance in minutes, however written; different times conflict.",
    messages: CONSISTENCY_MESSAGES,
  },
  create(ctx) {
    checkConsistency(ctx, "datetime", {
      agreementDetail(cluster, claims, group) {
        // Claims that agree without reading the same: a minute off within the tolerance, or one moment in two zones.
        // A reading that only lacks (or adds) the zone the cluster names is the same clock time: not worth a word.
        const clock = (v: unknown) => String(v).replace(/(Z|[+-]\d\d:\d\d)$/, "");
        const off: string[] = [];
        for (const c of claims) {
          const text = `${c.source.outlet} (${writtenAndResolved(c)})`;
          if (clock(resolvedOf(c).resolved) !== clock(cluster.value) && !off.includes(text)) off.push(text);
        }
        if (off.length === 0) return lessSpecific(ctx, cluster);
        const tolerance = group.spec.tolerance;
        const how = tolerance ? `within the tolerance of ${tolerance} minute${tolerance === 1 ? "" : "s"} of ${cluster.label}` : `the same time as ${cluster.label}`;
        const named = namedList(off, "other readings");
        return `${lessSpecific(ctx, cluster)} ${named} ${off.length === 1 ? "is" : "are"} ${how}.`;
      },
    });
  },
});
