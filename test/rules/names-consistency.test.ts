import { describe, it } from "vitest";
import { namesConsistency } from "../../src/rules/names-consistency.js";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";

const sources: TestSource[] = [
  { id: "a", outlet: "A" },
  { id: "b", outlet: "B" },
  { id: "c", outlet: "C" },
];
const authors = (id: string, source: string, expr: string): TestClaim => ({ id, source, subject: "concrete-mathematics", predicate: "authors", value: { type: "names", expr }, quote: expr });
const predicates = { authors: { type: "names" as const } };

new RuleTester({ describe, it }).run(namesConsistency, {
  valid: [
    {
      name: "'Last, First' and 'First Last' are one person",
      corpus: { sources, predicates, claims: [authors("a1", "a", "Loshin, Pete"), authors("b1", "b", "Pete Loshin")] },
      findings: [{ messageId: "agree", claims: ["a1", "b1"], clusters: [["Pete Loshin"]] }],
    },
    {
      name: "lists are compared as sets, however they are separated",
      corpus: { sources, predicates, claims: [authors("a1", "a", "Knuth, Donald E.; Patashnik, Oren"), authors("b1", "b", "Oren Patashnik and Donald E. Knuth")] },
      findings: [{ messageId: "agree", claims: ["a1", "b1"] }],
    },
    {
      name: "a surname alone is compatible with the full list, not a confirmation of it",
      corpus: { sources, predicates, claims: [authors("a1", "a", "Donald E. Knuth, Oren Patashnik"), authors("b1", "b", "Knuth")] },
      findings: [
        {
          messageId: "agree",
          claims: ["a1", "b1"],
          clusters: [["Donald E. Knuth", "Oren Patashnik"]],
          note: "B ('Knuth') says less: compatible with Donald E. Knuth and Oren Patashnik, but not confirming all of it.",
        },
      ],
    },
  ],
  invalid: [
    {
      name: "an extra initial is another person: George H. W. Bush is not George W. Bush",
      corpus: { sources, predicates, claims: [authors("a1", "a", "George H. W. Bush"), authors("b1", "b", "George W. Bush")] },
      findings: [{ messageId: "conflictUndecided", kind: "discrepancy", claims: ["a1", "b1"], clusters: [["George H. W. Bush"], ["George W. Bush"]] }],
    },
    {
      name: "a surname-only name that fits nobody on the list is a different list",
      corpus: { sources, predicates, claims: [authors("a1", "a", "Knuth, Donald E.; Patashnik, Oren"), authors("b1", "b", "Donald E. Knuth and Oren Patashnik"), authors("c1", "c", "HUTTON")] },
      findings: [{ messageId: "conflict", claims: ["a1", "b1", "c1"], data: { best: "Donald E. Knuth and Oren Patashnik", gap: "2 names" } }],
    },
  ],
});
