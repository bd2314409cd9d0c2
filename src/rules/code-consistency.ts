import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import { checkConsistency, CONSISTENCY_MESSAGES } from "./support/consistency.js";

/**
 * Codes (gates, flight numbers, ISBNs) agree when they are the same once
 * case, spacing and punctuation are set aside, never by spelling distance; a
 * code that only adds a label ("Term C - C18" to "C18") agrees and says more.
 */
export const codeConsistency = defineRule({
  id: "code-consistency",
  meta: {
    docsUrl: docsUrl("code-consistency"),
    scope: "subject",
    description: "Codes agree when equal once case, spacing and punctuation are set aside; a labelled code agrees with its bare form.",
    messages: CONSISTENCY_MESSAGES,
  },
  create(ctx) {
    checkConsistency(ctx, "code");
  },
});
