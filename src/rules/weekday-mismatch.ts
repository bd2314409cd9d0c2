import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";

/** A stated weekday that does not fall on the stated date ("Thursday, April 22, 2016": a Friday). */
export const weekdayMismatch = defineRule({
  id: "weekday-mismatch",
  meta: {
    docsUrl: docsUrl("weekday-mismatch"),
    scope: "subject",
    description: "Flags a date whose stated weekday is not the weekday it falls on.",
    messages: {
      mismatch: "{source} writes '{expr}' for the {predicate} of {subject}, but {date} is a {actual}, not a {stated}.",
    },
  },
  create(ctx) {
    for (const c of ctx.claims) {
      if (c.value.type !== "date" || !c.value.resolution?.ok || !c.value.resolution.weekdayMismatch) continue;
      const m = c.value.resolution.weekdayMismatch;
      ctx.report({
        kind: "discrepancy",
        messageId: "mismatch",
        data: { source: c.source.outlet, expr: c.value.written, predicate: c.claim.predicate, subject: c.claim.subject, date: m.date, actual: m.actual, stated: m.stated },
        subject: c.claim.subject,
        predicate: c.claim.predicate,
        claims: [c],
        clusters: [{ value: m.date, claims: [c] }],
      });
    }
  },
});
