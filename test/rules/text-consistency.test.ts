import { describe, it } from "vitest";
import { textConsistency } from "../../src/rules/text-consistency.js";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";

const sources: TestSource[] = [
  { id: "a", outlet: "A", publishedAt: "2016-04-22" },
  { id: "b", outlet: "B", publishedAt: "2016-04-23" },
];
const aim = (id: string, source: string, value: string): TestClaim => ({
  id, source, subject: "paris-agreement", predicate: "aim", value: { type: "text", value }, quote: value,
});

new RuleTester({ describe, it }).run(textConsistency, {
  valid: [
    {
      name: "wording that differs only in case, spacing and punctuation agrees",
      corpus: { sources, claims: [aim("a1", "a", "hold warming well below 2 °C"), aim("b1", "b", "Hold warming well below 2°C.")] },
      // Equally common wordings: the agreed wording is the first in code-point order, never the first claim's.
      findings: [{ messageId: "agree", claims: ["a1", "b1"], clusters: ["Hold warming well below 2°C."] }],
    },
    {
      name: "a proper noun written in another case, an article dropped and a plural agree",
      corpus: { sources, claims: [aim("a1", "a", "Hold warming below 2 °C in the Pacific islands"), aim("b1", "b", "hold warming below 2 °C in pacific island")] },
      findings: [{ messageId: "agree", claims: ["a1", "b1"] }],
    },
  ],
  invalid: [
    {
      name: "different wording conflicts",
      corpus: { sources, claims: [aim("a1", "a", "camps managed by the Baghdad authorities"), aim("b1", "b", "camps in the provinces of Erbil and Sulaymaniyah")] },
      findings: [{ messageId: "conflictUndecided", kind: "discrepancy", claims: ["a1", "b1"] }],
    },
    {
      name: "a negation is a different statement however alike the wording",
      corpus: { sources, claims: [aim("a1", "a", "the strike killed civilians"), aim("b1", "b", "the strike killed no civilians")] },
      findings: [{ messageId: "conflictUndecided", kind: "discrepancy", claims: ["a1", "b1"], clusters: ["the strike killed civilians", "the strike killed no civilians"] }],
    },
    {
      name: "another place is a different statement",
      corpus: { sources, claims: [aim("a1", "a", "the agreement was signed in Baghdad"), aim("b1", "b", "the agreement was signed in Tehran")] },
      findings: [{ messageId: "conflictUndecided", kind: "discrepancy", claims: ["a1", "b1"] }],
    },
    {
      name: "another day is a different statement",
      corpus: { sources, claims: [aim("a1", "a", "the minister resigned on Monday"), aim("b1", "b", "the minister resigned on Sunday")] },
      findings: [{ messageId: "conflictUndecided", kind: "discrepancy", claims: ["a1", "b1"] }],
    },
    {
      name: "a party named twice is not two parties: proper nouns are counted",
      corpus: { sources, claims: [aim("a1", "a", "the deal was signed by Iraq and Iran"), aim("b1", "b", "the deal was signed by Iraq and Iraq")] },
      findings: [{ messageId: "conflictUndecided", kind: "discrepancy", claims: ["a1", "b1"] }],
    },
  ],
});
