import { describe, it } from "vitest";
import { dateConsistency } from "../../src/rules/date-consistency.js";
import { RuleTester, type TestClaim, type TestSource, type TestValueFields } from "../../src/testing/index.js";

const sources: TestSource[] = [
  { id: "a", outlet: "A", publishedAt: "2016-04-25" },
  { id: "b", outlet: "B", publishedAt: "2016-05" },
  { id: "c", outlet: "C", publishedAt: "2016-04-22" },
];
const signed = (id: string, source: string, value: TestValueFields<"date">): TestClaim => ({
  id, source, subject: "paris-agreement", predicate: "signedOn", value: { type: "date", ...value }, quote: `signed ${value.expr ?? value.value ?? ""}`,
});

new RuleTester({ describe, it }).run(dateConsistency, {
  valid: [
    {
      name: "a month and a day in it agree at month precision",
      corpus: { sources, claims: [signed("a1", "a", { value: "2016-04-22" }), signed("b1", "b", { expr: "last month" })] },
      findings: [
        {
          messageId: "agree",
          kind: "agreement",
          claims: ["a1", "b1"],
          clusters: ["2016-04-22"],
          data: { value: "2016-04-22" },
          note: "B ('last month' → 2016-04) gives only the month: they agree at month precision.",
        },
      ],
    },
    {
      name: "a weekday read against the publication date agrees with the day",
      corpus: { sources, claims: [signed("a1", "a", { expr: "on Friday" }), signed("c1", "c", { value: "2016-04-22" })] },
      findings: [{ messageId: "agree", kind: "agreement", claims: ["a1", "c1"], clusters: ["2016-04-22"] }],
    },
    {
      name: "one source alone is neither agreement nor conflict",
      corpus: { sources, claims: [signed("a1", "a", { value: "2016-04-22" })] },
      findings: [],
    },
    {
      name: "different dates of a 'many' predicate can all be true",
      corpus: {
        sources,
        predicates: { meetingOn: { type: "date", cardinality: "many" } },
        claims: [
          { id: "a1", source: "a", subject: "talks", predicate: "meetingOn", value: { type: "date", value: "2016-03-01" }, quote: "met on 1 March" } satisfies TestClaim,
          { id: "b1", source: "b", subject: "talks", predicate: "meetingOn", value: { type: "date", value: "2016-04-01" }, quote: "met on 1 April" },
        ],
      },
      findings: [],
    },
  ],
  invalid: [
    {
      name: "disjoint dates conflict, with the gap in days",
      corpus: { sources, claims: [signed("a1", "a", { value: "2016-04-22" }), signed("b1", "b", { value: "2015-12" })] },
      findings: [
        {
          // One source against one: consensus names no most likely value.
          messageId: "conflictUndecided",
          kind: "discrepancy",
          severity: "warning",
          claims: ["a1", "b1"],
          clusters: ["2016-04-22", "2015-12"],
          data: { values: "A: 2016-04-22; B: 2015-12", gap: "113 days" },
          note: "The nearest two are 113 days apart.",
        },
      ],
    },
    {
      name: "a discrepancy lists every claim once, however many agree",
      corpus: {
        sources,
        claims: [signed("a1", "a", { value: "2016-04-22" }), signed("c1", "c", { expr: "today" }), signed("b1", "b", { value: "2015-12" })],
      },
      findings: [{ messageId: "conflict", claims: ["a1", "c1", "b1"], clusters: ["2016-04-22", "2015-12"] }],
    },
  ],
});
