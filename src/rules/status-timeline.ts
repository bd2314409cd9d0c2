import { z } from "zod";
import type { ValueCluster } from "../engine/cluster.js";
import { defineRule } from "../engine/define-rule.js";
import type { ResolvedClaim } from "../engine/types.js";
import { describeInterval, type DateInterval } from "../time/partial-date.js";
import { listOf } from "./support/describe.js";

/**
 * Status claims of one subject read as a timeline. `complete` asserted at one
 * time and `in-progress` or `not-started` asserted later by an independent source
 * is a discrepancy (the completion is contested). `complete` asserted after the
 * subject's deadline (a date predicate with role `deadline`) is reported with
 * the number of days past it.
 */
export const statusTimeline = defineRule({
  id: "status-timeline",
  meta: {
    scope: "subject",
    description: "Reads status claims as a timeline: contested completions and completions after a deadline.",
    messages: {
      contested:
        "{completeBy} says the {predicate} of {subject} is complete as of {completeAt}, but later {laterBy} describe{laterVerb} it as {laterStatus}: the completion is contested.",
      lateCompletion:
        "{completeBy} says the {predicate} of {subject} is complete as of {completeAt}, {days} day{plural} after the deadline of {deadline}.",
      onTime: "{completeBy} says the {predicate} of {subject} is complete as of {completeAt}, by the deadline of {deadline}.",
    },
  },
  options: z.strictObject({
    /** Report completions that meet the deadline as well (info notes). */
    reportOnTime: z.boolean().default(true),
  }),
  create(ctx) {
    const deadlines = new Map<string, { cluster: ValueCluster; claims: readonly ResolvedClaim[] }>();
    for (const group of ctx.groups) {
      if (group.spec.role !== "deadline" || group.spec.type !== "date") continue;
      // The deadline most sources back (ties: the first in the corpus).
      const best = [...ctx.clusters(group.claims)].sort((a, b) => ctx.independence(b.claims).count - ctx.independence(a.claims).count)[0];
      if (best?.interval) deadlines.set(group.subject, { cluster: best, claims: best.claims });
    }
    for (const group of ctx.groups) {
      if (group.spec.type !== "status") continue;
      const timed = group.claims.filter((c) => c.asOf !== undefined);
      const complete = timed.filter((c) => c.value.type === "status" && c.value.value === "complete");
      const base = { subject: group.subject, predicate: group.predicate };
      for (const done of complete) {
        const later = timed.filter(
          (c) =>
            c.value.type === "status" &&
            c.value.value !== "complete" &&
            c.asOf!.startDay > done.asOf!.endDay &&
            ctx.independence([c, done]).count === 2,
        );
        if (later.length > 0) {
          const statuses = [...new Set(later.map((c) => c.value.written))];
          ctx.report({
            ...base,
            kind: "discrepancy",
            messageId: "contested",
            data: {
              completeBy: who(done),
              completeAt: at(done.asOf!),
              laterBy: listOf([...new Set(later.map((c) => `${c.source.outlet} (${at(c.asOf!)})`))]),
              laterVerb: new Set(later.map((c) => c.source.id)).size === 1 ? "s" : "",
              laterStatus: statuses.join(" or "),
              predicate: group.predicate,
              subject: group.subject,
            },
            claims: [done, ...later],
            clusters: [
              { value: "complete", claims: [done] },
              ...statuses.map((s) => ({ value: s, claims: later.filter((c) => c.value.written === s) })),
            ],
          });
        }
        const deadline = deadlines.get(group.subject);
        if (!deadline) continue;
        const due = deadline.cluster.interval!;
        const days = done.asOf!.startDay - due.endDay;
        const data = { completeBy: who(done), completeAt: at(done.asOf!), deadline: describeInterval(due), predicate: group.predicate, subject: group.subject };
        if (days > 0) {
          ctx.report({ ...base, kind: "note", severity: "warning", messageId: "lateCompletion", data: { ...data, days, plural: days === 1 ? "" : "s" }, claims: [done, ...deadline.claims] });
        } else if (done.asOf!.endDay <= due.endDay && ctx.options.reportOnTime) {
          ctx.report({ ...base, kind: "note", messageId: "onTime", data, claims: [done, ...deadline.claims] });
        }
      }
    }
  },
});

function who(c: ResolvedClaim): string {
  return c.claim.attributedTo ? `${c.source.outlet} (citing ${c.claim.attributedTo})` : c.source.outlet;
}

function at(interval: DateInterval): string {
  return describeInterval(interval);
}
