import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import { checkConsistency, CONSISTENCY_MESSAGES } from "./support/consistency.js";

/**
 * Lists of names (authors, signatories) agree when they name the same people
 * or organisations, however written ("Knuth, Donald E." and "Donald E.
 * Knuth"); a list that leaves some out is incomplete — compatible, not
 * confirming — and different members conflict.
 */
export const namesConsistency = defineRule({
  id: "names-consistency",
  meta: {
    docsUrl: docsUrl("names-consistency"),
    scope: "subject",
    description: "Lists of names agree when they name the same people, however written; a partial list is compatible; different members conflict.",
    messages: CONSISTENCY_MESSAGES,
  },
  create(ctx) {
    checkConsistency(ctx, "names");
  },
});
