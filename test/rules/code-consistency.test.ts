import { describe, it } from "vitest";
import { codeConsistency } from "../../src/rules/code-consistency.js";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";

const sources: TestSource[] = [
  { id: "a", outlet: "A" },
  { id: "b", outlet: "B" },
  { id: "c", outlet: "C" },
];
const gate = (id: string, source: string, value: string): TestClaim => ({ id, source, subject: "ua-100@2011-12-01", predicate: "gate", value: { type: "code", value }, quote: value });
const predicates = { gate: { type: "code" as const } };

new RuleTester({ describe, it }).run(codeConsistency, {
  valid: [
    {
      name: "a code agrees with itself whatever its case, spacing and punctuation",
      corpus: { sources, predicates, claims: [gate("a1", "a", "A12"), gate("b1", "b", "a-12")] },
      findings: [{ messageId: "agree", claims: ["a1", "b1"], clusters: ["A12"] }],
    },
    {
      name: "a code with a label is compatible with the bare code, and the cluster stands for the more specific one",
      corpus: { sources, predicates, claims: [gate("a1", "a", "47B"), gate("b1", "b", "Terminal 4 - 47B")] },
      findings: [{ messageId: "agree", claims: ["a1", "b1"], clusters: ["Terminal 4 - 47B"], note: "A ('47B') says less: compatible with Terminal 4 - 47B, but not confirming all of it." }],
    },
  ],
  invalid: [
    {
      name: "codes one edit apart are different codes: never compared by spelling distance",
      corpus: { sources, predicates, claims: [gate("a1", "a", "A12"), gate("b1", "b", "a-12"), gate("c1", "c", "A21")] },
      findings: [{ messageId: "conflict", kind: "discrepancy", claims: ["a1", "b1", "c1"], clusters: ["A12", "A21"], data: { best: "A12" } }],
    },
    {
      name: "a bare code compatible with two terminals does not chain them into one agreement",
      corpus: { sources, predicates, claims: [gate("a1", "a", "Terminal 2"), gate("b1", "b", "24"), gate("c1", "c", "Terminal 3 - 24")] },
      // "24" goes with the code that says more, not with the place that only says less: the conflict is Terminal 2 against Terminal 3.
      findings: [{ messageId: "conflict", kind: "discrepancy", claims: ["a1", "b1", "c1"], clusters: ["Terminal 3 - 24", "Terminal 2"], data: { values: "A: Terminal 2; B and C: Terminal 3 - 24" } }],
    },
    {
      name: "a bare gate does not chain a terminal to a gate in another terminal",
      corpus: { sources, predicates, claims: [gate("a1", "a", "Terminal C"), gate("b1", "b", "C18"), gate("c1", "c", "Term B - C18")] },
      findings: [{ messageId: "conflict", kind: "discrepancy", claims: ["a1", "b1", "c1"], clusters: ["Term B - C18", "Terminal C"], data: { values: "A: Terminal C; B and C: Term B - C18" } }],
    },
  ],
});
