import { describe, it } from "vitest";
import { framingConflict } from "../../src/rules/framing-conflict.js";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";

const sources: TestSource[] = [
  { id: "tasnim", outlet: "Tasnim", publishedAt: "2023-09" },
  { id: "tt", outlet: "Tehran Times", publishedAt: null },
];
const deadline = (id: string, source: string, qualifiers?: TestClaim["qualifiers"], value = "2023-09-19"): TestClaim => ({
  id, source, subject: "agreement", predicate: "deadline", value: { type: "date", value }, quote: "by September 19",
  ...(qualifiers && { qualifiers }),
});
const E = (value: string) => ({ type: "entity" as const, value });
const T = (value: string) => ({ type: "text" as const, value });

new RuleTester({ describe, it }).run(framingConflict, {
  valid: [
    {
      name: "the same framing in other words is no conflict",
      corpus: { sources, claims: [deadline("t1", "tasnim", { setBy: E("Iran") }), deadline("h1", "tt", { setBy: E("Iran") })] },
      findings: [],
    },
    {
      name: "a qualifier only one source gives is silence, not disagreement",
      corpus: { sources, claims: [deadline("t1", "tasnim", { setBy: E("Iran") }), deadline("h1", "tt", { obligation: T("disarm the groups") })] },
      findings: [],
    },
    {
      name: "claims whose values differ are the value rules' business, not framing",
      corpus: { sources, claims: [deadline("t1", "tasnim", { setBy: E("Iran") }), deadline("h1", "tt", { setBy: E("Iraqi government") }, "2023-10-19")] },
      findings: [],
    },
  ],
  invalid: [
    {
      name: "the same deadline set by different parties, bound on different parties",
      corpus: {
        sources,
        claims: [
          deadline("t1", "tasnim", { setBy: E("Iran"), obligatedParty: E("Iraqi-Kurdish authorities"), obligation: T("take action against the groups") }),
          deadline("h1", "tt", { setBy: E("Iraqi government"), obligatedParty: E("Iraqi government"), obligation: T("disarm the groups, close their bases and relocate them") }),
        ],
      },
      findings: [
        {
          messageId: "framing",
          kind: "discrepancy",
          claims: ["t1", "h1"],
          data: {
            value: "2023-09-19",
            differences:
              "obligatedParty: Tasnim 'Iraqi-Kurdish authorities' vs Tehran Times 'Iraqi government'; obligation: Tasnim 'take action against the groups' vs Tehran Times 'disarm the groups, close their bases and relocate them'; setBy: Tasnim 'Iran' vs Tehran Times 'Iraqi government'",
          },
        },
      ],
    },
  ],
});
