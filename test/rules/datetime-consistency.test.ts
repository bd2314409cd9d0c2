import { describe, it } from "vitest";
import { datetimeConsistency } from "../../src/rules/datetime-consistency.js";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";

const sources: TestSource[] = [
  { id: "a", outlet: "A", publishedAt: "2011-12-01" },
  { id: "b", outlet: "B", publishedAt: "2011-12-01" },
  { id: "c", outlet: "C", publishedAt: "2011-12-01" },
];
const departs = (id: string, source: string, expr: string): TestClaim => ({
  id, source, subject: "ua-100@2011-12-01", predicate: "departs", value: { type: "datetime", expr, anchor: "2011-12-01" }, quote: expr,
});
const predicates = (tolerance?: number) => ({ departs: { type: "datetime" as const, ...(tolerance !== undefined && { tolerance }) } });

new RuleTester({ describe, it }).run(datetimeConsistency, {
  valid: [
    {
      name: "one time in 12- and 24-hour clocks and a site's own layout agrees: formatting is never a conflict",
      corpus: { sources, predicates: predicates(), claims: [departs("a1", "a", "1:55 PM"), departs("b1", "b", "13:55"), departs("c1", "c", "1:55pDec 1")] },
      findings: [{ messageId: "agree", claims: ["a1", "b1", "c1"], clusters: ["2011-12-01T13:55"], message: "The departs of ua-100@2011-12-01: 13:55 on 1 December 2011, as A, B and C agree." }],
    },
    {
      name: "the same moment written with an offset and in UTC agrees",
      corpus: { sources, predicates: predicates(), claims: [departs("a1", "a", "2:07 PM (-05:00)"), departs("b1", "b", "19:07 UTC")] },
      findings: [
        { messageId: "agree", claims: ["a1", "b1"], clusters: ["2011-12-01T14:07-05:00"], note: "B ('19:07 UTC' → 2011-12-01T19:07Z) is the same time as 14:07 on 1 December 2011 (-05:00)." },
      ],
    },
    {
      name: "times a minute apart agree within a tolerance of two minutes",
      corpus: { sources, predicates: predicates(2), claims: [departs("a1", "a", "12/01/2011 01:55 PM"), departs("b1", "b", "1:56pDec 1")] },
      findings: [{ messageId: "agree", claims: ["a1", "b1"], note: "B ('1:56pDec 1' → 2011-12-01T13:56) is within the tolerance of 2 minutes of 13:55 on 1 December 2011." }],
    },
  ],
  invalid: [
    {
      name: "the same minutes twelve hours apart are different times, never merged by their spelling",
      corpus: { sources, predicates: predicates(), claims: [departs("a1", "a", "4:55 PMDec 01"), departs("b1", "b", "3:55 AMDec 01"), departs("c1", "c", "16:55")] },
      findings: [
        {
          messageId: "conflict",
          kind: "discrepancy",
          claims: ["a1", "b1", "c1"],
          clusters: ["2011-12-01T16:55", "2011-12-01T03:55"],
          data: { best: "16:55 on 1 December 2011", gap: "11 hours" },
          note: "The nearest two are 11 hours apart.",
        },
      ],
    },
    {
      name: "a minute apart is a discrepancy at the default tolerance of none, and says how far",
      corpus: { sources, predicates: predicates(), claims: [departs("a1", "a", "1:55 PM"), departs("b1", "b", "1:56 PM")] },
      findings: [{ messageId: "conflictUndecided", claims: ["a1", "b1"], data: { gap: "1 minute" } }],
    },
  ],
});

import { expect } from "vitest";
import { check } from "../../src/engine/check.js";
import { corpusOf } from "../helpers.js";

describe("datetime-consistency's agreement note", () => {
  it("says nothing of a reading that only lacks the zone the agreed time names: the clock time is the same", () => {
    const corpus = corpusOf({
      format: "corroborate/v1",
      sources,
      predicates: predicates(),
      claims: [departs("a1", "a", "1:55 PM"), departs("b1", "b", "1:55 PM EST")],
    });
    const [agreement] = check(corpus, { builtins: false, extraRules: [datetimeConsistency] }).findings;
    expect(agreement).toMatchObject({ messageId: "agree", message: "The departs of ua-100@2011-12-01: 13:55 on 1 December 2011 (-05:00), as A and B agree." });
    expect(agreement!.note).toBeUndefined();
  });
});
