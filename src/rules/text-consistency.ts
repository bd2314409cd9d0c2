import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import { checkConsistency, CONSISTENCY_MESSAGES } from "./support/consistency.js";

/** Text values agree when their normalised wording is similar enough. */
export const textConsistency = defineRule({
  id: "text-consistency",
  meta: {
    docsUrl: docsUrl("text-consistency"),
    scope: "subject",
    description: "Text values agree when their wording is similar once case and punctuation are set aside.",
    messages: CONSISTENCY_MESSAGES,
  },
  create(ctx) {
    checkConsistency(ctx, "text");
  },
});
