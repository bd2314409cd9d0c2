import { describe, it } from "vitest";
import { singleSource } from "../../src/rules/single-source.js";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";

const sources: TestSource[] = [
  { id: "wire", outlet: "Wire", publishedAt: "2016-04-22" },
  { id: "daily", outlet: "Daily", publishedAt: "2016-04-23", republishes: "wire" },
  { id: "herald", outlet: "Herald", publishedAt: "2016-04-24" },
];
const count = (id: string, source: string, value: number, extra: Partial<TestClaim> = {}): TestClaim => ({
  id, source, subject: "paris-agreement", predicate: "signatories", value: { type: "number", value }, quote: `${value} parties`, ...extra,
});
const long = "Officials said that one hundred and seventy-five parties signed the agreement at the ceremony in New York";

new RuleTester({ describe, it }).run(singleSource, {
  valid: [
    { name: "two independent sources confirm each other", corpus: { sources, claims: [count("w1", "wire", 175), count("h1", "herald", 175)] }, findings: [] },
    {
      name: "values other sources contradict are the discrepancy's business, not single-source notes",
      corpus: { sources, claims: [count("w1", "wire", 175), count("h1", "herald", 195)] },
      findings: [],
    },
  ],
  invalid: [
    {
      name: "a value only one source states, with who it is attributed to",
      corpus: { sources, claims: [count("h1", "herald", 195, { attributedTo: "a UN official" })] },
      findings: [
        {
          messageId: "singleAttributed",
          claims: ["h1"],
          data: { source: "Herald", attributedTo: "a UN official", value: "195", trust: "not estimated" },
          message: "Only Herald states the signatories of paris-agreement: 195, attributed to a UN official; no other independent source confirms it (its trust: not estimated).",
        },
      ],
    },
    {
      name: "a republished copy is no confirmation",
      corpus: { sources, claims: [count("w1", "wire", 175), count("d1", "daily", 175)] },
      findings: [
        {
          messageId: "single",
          kind: "note",
          claims: ["w1", "d1"],
          data: { source: "Wire" },
          note: "Repeated by Daily, counted once with it: daily republishes wire.",
        },
      ],
    },
    {
      name: "two republications of a story the corpus does not quote are one source, and the note says why",
      corpus: {
        sources: [...sources, { id: "weekly", outlet: "Weekly", publishedAt: "2016-04-25", republishes: "wire" }],
        claims: [count("d1", "daily", 175), count("k1", "weekly", 175)],
      },
      findings: [{ messageId: "single", claims: ["d1", "k1"], data: { source: "Daily" }, note: "Repeated by Weekly, counted once with it: weekly and daily republish the same story." }],
    },
    {
      name: "near-identical quotes are one report copied, not two confirmations",
      corpus: { sources, claims: [count("w1", "wire", 175, { quote: long }), count("h1", "herald", 175, { quote: `${long}.` })] },
      findings: [{ messageId: "single", claims: ["w1", "h1"] }],
    },
  ],
});
