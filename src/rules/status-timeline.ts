import * as z from "zod/mini";
import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import type { ResolvedClaim } from "../engine/types.js";
import { describeInterval, type DateInterval } from "../time/partial-date.js";
import type { ValueCluster } from "../values/cluster.js";
import type { ResolvedDateValue } from "../values/date.js";
import { listOf } from "./support/describe.js";

/**
 * Status claims of one subject read as a timeline. `complete` asserted at one
 * time and `in-progress` or `not-started` asserted later by an independent
 * source is a discrepancy (the completion is contested): one per group,
 * however many claims take part. `complete` asserted after the subject's
 * deadline (a date predicate with role `deadline`) is reported with the
 * number of days past it, once per completion date.
 */
export const statusTimeline = defineRule({
  id: "status-timeline",
  meta: {
    docsUrl: docsUrl("status-timeline"),
    scope: "subject",
    description: "Reads status claims as a timeline: contested completions and completions after a deadline.",
    messages: {
      contested:
        "{completeBy} {completeVerb} the {predicate} of {subject} is complete as of {completeAt}, but later {laterBy} describe{laterVerb} it as {laterStatus}: the completion is contested.",
      lateCompletion:
        "{completeBy} {completeVerb} the {predicate} of {subject} is complete as of {completeAt}, {days} day{plural} after the deadline of {deadline}.",
      onTime: "{completeBy} {completeVerb} the {predicate} of {subject} is complete as of {completeAt}, by the deadline of {deadline}.",
    },
  },
  // zod/mini carries no locale (keeping the bundle small), so every message is written here.
  options: z.strictObject(
    {
      /** Report completions that meet the deadline as well (info notes). */
      reportOnTime: z._default(z.boolean({ error: "expected true or false" }), true),
    },
    { error: (iss) => (iss.code === "unrecognized_keys" ? `unknown option ${iss.keys.map((k) => `"${k}"`).join(", ")}: the only option is "reportOnTime"` : "expected an object of options") },
  ),
  create(ctx) {
    const deadlines = new Map<string, ValueCluster>();
    for (const group of ctx.groups) {
      if (group.spec.role !== "deadline" || group.spec.type !== "date") continue;
      // The most likely deadline; without consensus, the one most independent sources back (ties: the first in the corpus).
      const clusters = ctx.clusters(group.claims);
      const likely = ctx.consensus(group.claims)?.cluster;
      let best = likely ?? clusters[0];
      if (!likely) for (const c of clusters) if (ctx.independence(c.claims).count > ctx.independence(best!.claims).count) best = c;
      if (best) deadlines.set(group.subject, best);
    }
    for (const group of ctx.groups) {
      if (group.spec.type !== "status") continue;
      const timed = group.claims.filter((c) => c.asOf !== undefined);
      const complete = timed.filter((c) => c.value.type === "status" && c.value.value === "complete");
      if (complete.length === 0) continue;
      const base = { subject: group.subject, predicate: group.predicate };
      contest(complete, timed.filter((c) => c.value.type === "status" && c.value.value !== "complete"), base);
      const deadline = deadlines.get(group.subject);
      if (deadline) judgeAgainst(deadline, complete, base);
    }

    /** Every completion that a later, independent claim describes as unfinished: one finding for the group. */
    function contest(complete: readonly ResolvedClaim[], unfinished: readonly ResolvedClaim[], base: { subject: string; predicate: string }): void {
      // Completions by end of their time; a later claim is checked against the completions it follows, one per source.
      const byEnd = [...complete].sort((a, b) => a.asOf!.endDay - b.asOf!.endDay || a.index - b.index);
      const contested = new Set<ResolvedClaim>();
      const later: ResolvedClaim[] = [];
      for (const c of unfinished) {
        const bySource = new Set<string>();
        let found = false;
        for (const done of byEnd) {
          if (done.asOf!.endDay >= c.asOf!.startDay) break;
          if (bySource.has(done.source.id)) continue;
          bySource.add(done.source.id);
          if (ctx.independence([c, done]).count === 2) {
            contested.add(done);
            found = true;
          }
        }
        if (found) later.push(c);
      }
      if (later.length === 0) return;
      const completions = [...contested].sort((a, b) => a.index - b.index);
      const statuses = [...new Set(later.map((c) => c.value.written))];
      ctx.report({
        ...base,
        kind: "discrepancy",
        messageId: "contested",
        data: {
          ...who(completions),
          completeAt: listOf([...new Set(completions.map((c) => at(c.asOf!)))]),
          laterBy: listOf([...new Set(later.map((c) => `${c.source.outlet} (${at(c.asOf!)})`))]),
          laterVerb: new Set(later.map((c) => c.source.id)).size === 1 ? "s" : "",
          laterStatus: statuses.join(" or "),
          predicate: base.predicate,
          subject: base.subject,
        },
        claims: [...completions, ...later],
        clusters: [
          { value: "complete", claims: completions },
          ...statuses.map((s) => ({ value: s, claims: later.filter((c) => c.value.written === s) })),
        ],
      });
    }

    /** Each completion date against the deadline: late (a warning) or on time (when asked). */
    function judgeAgainst(deadline: ValueCluster, complete: readonly ResolvedClaim[], base: { subject: string; predicate: string }): void {
      const due = (deadline.resolved as ResolvedDateValue).interval;
      if (!due) return;
      const byDate = new Map<string, ResolvedClaim[]>();
      for (const c of complete) {
        const key = at(c.asOf!);
        const list = byDate.get(key);
        if (list) list.push(c);
        else byDate.set(key, [c]);
      }
      for (const [completeAt, done] of byDate) {
        const asOf = done[0]!.asOf!;
        const days = asOf.startDay - due.endDay;
        const data = { ...who(done), completeAt, deadline: describeInterval(due), predicate: base.predicate, subject: base.subject };
        const claims = [...done, ...deadline.claims];
        if (days > 0) {
          ctx.report({ ...base, kind: "note", severity: "warning", messageId: "lateCompletion", data: { ...data, days, plural: days === 1 ? "" : "s" }, claims });
        } else if (asOf.endDay <= due.endDay && ctx.options.reportOnTime) {
          ctx.report({ ...base, kind: "note", messageId: "onTime", data, claims });
        }
      }
    }
  },
});

/** Who says it is complete ("Daily Post (citing the minister)"), with the verb agreeing. */
function who(claims: readonly ResolvedClaim[]): { completeBy: string; completeVerb: string } {
  const names = [...new Set(claims.map((c) => (c.claim.attributedTo ? `${c.source.outlet} (citing ${c.claim.attributedTo})` : c.source.outlet)))];
  return { completeBy: listOf(names), completeVerb: names.length === 1 ? "says" : "say" };
}

function at(interval: DateInterval): string {
  return describeInterval(interval);
}
