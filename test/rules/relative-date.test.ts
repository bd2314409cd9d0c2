import { describe, it } from "vitest";
import { relativeDate } from "../../src/rules/relative-date.js";
import { RuleTester, type TestClaim, type TestSource, type TestValueFields } from "../../src/testing/index.js";

const sources: TestSource[] = [
  { id: "xinhua", outlet: "Xinhua", publishedAt: "2024-11-12" },
  { id: "tt", outlet: "Tehran Times", publishedAt: null },
];
const claim = (id: string, source: string, value: TestValueFields<"date">, extra: Partial<TestClaim> = {}): TestClaim => ({
  id, source, subject: "meeting", predicate: "heldOn", value: { type: "date", ...value }, quote: `met ${value.expr ?? value.value ?? ""}`, ...extra,
});

new RuleTester({ describe, it }).run(relativeDate, {
  valid: [
    {
      name: "a relative expression is shown with its resolution",
      corpus: { sources, claims: [claim("x1", "xinhua", { expr: "on Sunday" })] },
      findings: [
        {
          messageId: "resolved",
          kind: "note",
          severity: "info",
          claims: ["x1"],
          data: { explanation: "'on Sunday' against publication date 2024-11-12 (Tuesday) → 2024-11-10 (the Sunday before: 'met')" },
        },
      ],
    },
    { name: "an absolute expression needs no note", corpus: { sources, claims: [claim("x1", "xinhua", { expr: "March 19, 2023" })] }, findings: [] },
    {
      name: "an anaphor is read against its anchor",
      corpus: { sources, claims: [claim("t1", "tt", { expr: "September 23 of that year", anchor: "2023" })] },
      findings: [{ messageId: "resolved", claims: ["t1"], data: { explanation: "'September 23 of that year' against anchor 2023 (known to the year) → 2023-09-23 (the year from 'that year')" } }],
    },
    {
      name: "an asOf expression is shown too",
      corpus: { sources, claims: [claim("x1", "xinhua", { value: "2023-03" }, { asOf: { type: "date", expr: "yesterday" } })] },
      findings: [{ messageId: "resolved", claims: ["x1"], data: { field: "time (asOf)" } }],
    },
  ],
  invalid: [
    {
      name: "a relative expression with no publication date is a warning, never a guess",
      corpus: { sources, claims: [claim("t1", "tt", { expr: "on Saturday" })] },
      findings: [{ messageId: "unresolved", kind: "note", severity: "warning", claims: ["t1"] }],
    },
    {
      name: "an anaphor without an anchor is not read against the publication date",
      corpus: { sources, claims: [claim("x1", "xinhua", { expr: "that year" })] },
      findings: [{ messageId: "unresolved", severity: "warning", claims: ["x1"], data: { reason: `'that year' refers back to a date given earlier in the text; give the claim an "anchor" to resolve it` } }],
    },
  ],
});
