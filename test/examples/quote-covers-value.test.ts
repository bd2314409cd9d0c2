import { describe, it } from "vitest";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";
import { quoteCoversValue } from "./quote-covers-value.js";

const sources: TestSource[] = [{ id: "a", outlet: "A", publishedAt: "2024-11-12" }];
const claim = (quote: string, value: TestClaim["value"]): TestClaim => ({ id: "a1", source: "a", subject: "meeting", predicate: "heldOn", value, quote });

// The README's example: inline cases, and more in fixture folders (one folder per case).
new RuleTester({ describe, it }).run(quoteCoversValue, {
  valid: [{ name: "the quote carries the expression", corpus: { sources, claims: [claim("met in Tehran on Sunday", { type: "date", expr: "on Sunday" })] } }],
  invalid: [
    {
      name: "a value its quote does not contain",
      corpus: { sources, claims: [claim("met in Tehran on Sunday", { type: "date", expr: "on Monday" })] },
      findings: [{ messageId: "missing", kind: "note", severity: "warning", claims: ["a1"], data: { written: "on Monday" } }],
    },
  ],
  fixtures: "test/fixtures/rules/quote-covers-value",
});
