import { describe, it } from "vitest";
import { numberConsistency } from "../../src/rules/number-consistency.js";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";

const sources: TestSource[] = [
  { id: "a", outlet: "A", publishedAt: "2016-04-22" },
  { id: "b", outlet: "B", publishedAt: "2016-04-23" },
];
const count = (id: string, source: string, value: number, unit = "parties"): TestClaim => ({
  id, source, subject: "paris-agreement", predicate: "signatories", value: { type: "number", value, unit }, quote: `${value} ${unit} signed`,
});

new RuleTester({ describe, it }).run(numberConsistency, {
  valid: [
    { name: "equal numbers agree", corpus: { sources, claims: [count("a1", "a", 175), count("b1", "b", 175)] }, findings: [{ messageId: "agree", claims: ["a1", "b1"], clusters: [175] }] },
    {
      name: "numbers within the predicate's tolerance agree",
      corpus: { sources, predicates: { signatories: { type: "number", tolerance: 5 } }, claims: [count("a1", "a", 175), count("b1", "b", 171)] },
      findings: [{ messageId: "agree", claims: ["a1", "b1"], note: "Written 175 parties, 171 parties: within tolerance." }],
    },
    {
      name: "a copy agreeing with its original is no agreement: one independent source (single-source notes it)",
      corpus: { sources: [...sources, { id: "c", outlet: "C", publishedAt: "2016-04-23", republishes: "a" }], claims: [count("a1", "a", 175), count("c1", "c", 175)] },
      findings: [],
    },
  ],
  invalid: [
    {
      name: "different numbers conflict",
      corpus: { sources, claims: [count("a1", "a", 175), count("b1", "b", 195)] },
      findings: [{ messageId: "conflictUndecided", kind: "discrepancy", claims: ["a1", "b1"], clusters: [175, 195], message: "Sources disagree on the signatories of paris-agreement: A: 175 parties; B: 195 parties." }],
    },
    {
      name: "two sources against one lead with the value two state",
      corpus: { sources: [...sources, { id: "c", outlet: "C", publishedAt: "2016-04-23" }], claims: [count("a1", "a", 195), count("b1", "b", 175), count("c1", "c", 175)] },
      findings: [{ messageId: "conflict", kind: "discrepancy", claims: ["a1", "b1", "c1"], clusters: [175, 195] }],
    },
    {
      name: "the same number in different units is not silently equal",
      corpus: { sources, claims: [count("a1", "a", 175), count("b1", "b", 175, "countries")] },
      findings: [{ messageId: "conflictUndecided", claims: ["a1", "b1"], note: "The units differ; corroborate does not convert units." }],
    },
  ],
});
