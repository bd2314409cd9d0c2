import { describe, it } from "vitest";
import { statusTimeline } from "../../src/rules/status-timeline.js";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";

const sources: TestSource[] = [
  { id: "tt", outlet: "Tehran Times", publishedAt: null },
  { id: "menafn", outlet: "MENAFN", publishedAt: "2024-09-11" },
  { id: "copy", outlet: "Copy", publishedAt: "2024-10-01", republishes: "tt" },
  { id: "tasnim", outlet: "Tasnim", publishedAt: "2023-09" },
];
const predicates = { status: { type: "status" as const, changesOverTime: true }, deadline: { type: "date" as const, role: "deadline" as const } };
const status = (id: string, source: string, value: "not-started" | "in-progress" | "complete", asOf?: string, attributedTo?: string): TestClaim => ({
  id, source, subject: "agreement", predicate: "status", value: { type: "status", value }, quote: `${value}`,
  ...(asOf && { asOf: { type: "date" as const, value: asOf } }), ...(attributedTo && { attributedTo }),
});
const deadline: TestClaim = { id: "d1", source: "tasnim", subject: "agreement", predicate: "deadline", value: { type: "date", value: "2023-09-19" }, quote: "a deadline of September 19" };

new RuleTester({ describe, it }).run(statusTimeline, {
  valid: [
    {
      name: "in progress, then complete, is a timeline, not a contest",
      corpus: { sources, predicates, claims: [status("a", "tasnim", "in-progress"), status("b", "menafn", "complete")] },
      findings: [],
    },
    {
      name: "complete by the deadline is noted as on time",
      corpus: { sources, predicates, claims: [deadline, status("c", "tt", "complete", "2023-09-18")] },
      findings: [{ messageId: "onTime", kind: "note", severity: "info", claims: ["d1", "c"] }],
    },
    {
      name: "on-time notes can be switched off by option",
      options: { reportOnTime: false },
      corpus: { sources, predicates, claims: [deadline, status("c", "tt", "complete", "2023-09-18")] },
      findings: [],
    },
    {
      name: "a later copy of the same report does not contest it",
      corpus: { sources, predicates, claims: [status("c", "tt", "complete", "2023-09-23"), status("x", "copy", "in-progress")] },
      findings: [],
    },
  ],
  invalid: [
    {
      name: "complete, then later in progress by another source: contested, and late against the deadline",
      corpus: {
        sources,
        predicates,
        claims: [deadline, status("c", "tt", "complete", "2023-09-23", "Iraqi Foreign Minister Fuad Hussein"), status("m", "menafn", "in-progress")],
      },
      findings: [
        {
          messageId: "contested",
          kind: "discrepancy",
          claims: ["c", "m"],
          clusters: ["complete", "in-progress"],
          data: { completeAt: "2023-09-23", laterBy: "MENAFN (2024-09-11)" },
        },
        { messageId: "lateCompletion", kind: "note", severity: "warning", claims: ["d1", "c"], data: { days: 4, deadline: "2023-09-19" } },
      ],
    },
  ],
});
