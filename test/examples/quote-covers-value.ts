/**
 * The README's worked example: a custom rule, written from scratch.
 *
 * It checks that each claim's quote actually contains the words its value was
 * taken from: a date written as "on Sunday" must appear in the quote. A claim
 * whose quote does not carry its own value is a data-entry slip a fact-checker
 * wants flagged before trusting anything else about it.
 */
import * as z from "zod";
import { defineRule } from "../../src/index.js";

export const quoteCoversValue = defineRule({
  id: "quote-covers-value",
  meta: {
    description: "Each claim's quote contains the words its value was taken from.",
    messages: {
      missing: "The quote of {claim} ({source}) does not contain '{written}', the value it is said to carry.",
    },
  },
  options: z.strictObject({
    /** Value types to check; by default the ones written as words. */
    types: z.array(z.enum(["date", "entity", "text", "number", "status", "datetime", "code", "names"])).default(["date", "entity", "text"]),
  }),
  create(ctx) {
    const fold = (s: string) => s.normalize("NFKC").toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, " ");
    for (const c of ctx.claims) {
      if (!ctx.options.types.includes(c.value.type)) continue;
      const written = c.value.written.replace(/^(on|in|by) /i, "");
      if (fold(c.claim.quote).includes(fold(written))) continue;
      ctx.report({
        kind: "note",
        severity: "warning",
        messageId: "missing",
        data: { claim: c.claim.id, source: c.source.outlet, written: c.value.written },
        subject: c.claim.subject,
        predicate: c.claim.predicate,
        claims: [c],
      });
    }
  },
});
