import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import { checkConsistency, CONSISTENCY_MESSAGES } from "./support/consistency.js";

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
    checkConsistency(ctx, "datetime");
  },
});
