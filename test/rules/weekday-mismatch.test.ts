import { describe, it } from "vitest";
import { weekdayMismatch } from "../../src/rules/weekday-mismatch.js";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";

const sources: TestSource[] = [{ id: "a", outlet: "A", publishedAt: "2016-04-25" }];
const on = (expr: string): TestClaim => ({ id: "a1", source: "a", subject: "signing", predicate: "heldOn", value: { type: "date", expr }, quote: `held on ${expr}` });

new RuleTester({ describe, it }).run(weekdayMismatch, {
  valid: [
    { name: "a weekday that falls on its date", corpus: { sources, claims: [on("Friday, April 22, 2016")] }, findings: [] },
    { name: "a date with no weekday", corpus: { sources, claims: [on("April 22, 2016")] }, findings: [] },
  ],
  invalid: [
    {
      name: "Thursday, April 22, 2016 was a Friday",
      corpus: { sources, claims: [on("Thursday, April 22, 2016")] },
      findings: [{ messageId: "mismatch", kind: "discrepancy", claims: ["a1"], data: { date: "2016-04-22", stated: "Thursday", actual: "Friday" } }],
    },
  ],
});
