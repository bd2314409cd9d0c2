import { defineRule } from "../engine/define-rule.js";
import { docsUrl } from "./support/docs.js";
import { moduleFor } from "../values/index.js";

/**
 * A value that cannot be read ("Contact airline" as a time, an author list
 * with nothing but punctuation) is a note with the reason, never a guess. Dates
 * are the relative-date rule's, which also shows how each date in words was read.
 */
/** What a value of each type is read as, for the sentence ("a list of names", not "a names"). */
const READ_AS: Readonly<Record<string, string>> = {
  datetime: "a date and time",
  entity: "a name",
  names: "a list of names",
  code: "a code",
  number: "a number",
  status: "a status",
  text: "text",
};

export const unreadableValue = defineRule({
  id: "unreadable-value",
  meta: {
    docsUrl: docsUrl("unreadable-value"),
    scope: "subject",
    description: "Flags each value that could not be read (other than dates, which relative-date covers), with the reason.",
    messages: {
      unreadable: "{source} writes '{written}' for the {predicate} of {subject}, which could not be read as {readAs}: {reason}.",
    },
  },
  create(ctx) {
    for (const c of ctx.claims) {
      if (c.value.type === "date") continue;
      const reason = moduleFor(c.value.type).failure(c.value);
      if (reason === undefined) continue;
      ctx.report({
        kind: "note",
        severity: "warning",
        messageId: "unreadable",
        data: { source: c.source.outlet, written: c.value.written, predicate: c.claim.predicate, subject: c.claim.subject, type: c.value.type, readAs: READ_AS[c.value.type] ?? `a ${c.value.type} value`, reason },
        subject: c.claim.subject,
        predicate: c.claim.predicate,
        claims: [c],
      });
    }
  },
});
