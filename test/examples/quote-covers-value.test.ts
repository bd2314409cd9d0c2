import { describe, it } from "vitest";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";
import { quoteCoversValue } from "./quote-covers-value.js";

const sources: TestSource[] = [{ id: "a", outlet: "A", publishedAt: "2024-11-12" }];
const claim = (quote: string, value: TestClaim["value"]): TestClaim => ({ id: "a1", source: "a", subject: "meeting", predicate: "heldOn", value, quote });

new RuleTester({ describe, it }).run(quoteCoversValue, {
  valid: [
    { name: "the quote carries the expression", corpus: { sources, claims: [claim("In a meeting in Tehran on Sunday", { type: "date", expr: "on Sunday" })] } },
    { name: "case and apostrophes do not matter", corpus: { sources, claims: [claim("Prime Minister Mohammed Shia’ al-Sudani", { type: "entity", value: "mohammed shia' al-sudani" })] } },
    {
      name: "types left out by option are not checked",
      options: { types: ["date"] },
      corpus: { sources, claims: [claim("the Prime Minister", { type: "entity", value: "Mohammed al-Sudani" })] },
    },
  ],
  invalid: [
    {
      name: "a value its quote does not contain",
      corpus: { sources, claims: [claim("In a meeting in Tehran on Sunday", { type: "date", expr: "on Monday" })] },
      findings: [{ messageId: "missing", kind: "note", severity: "warning", claims: ["a1"], data: { written: "on Monday" } }],
    },
  ],
});
