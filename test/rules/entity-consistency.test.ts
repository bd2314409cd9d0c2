import { describe, it } from "vitest";
import { entityConsistency } from "../../src/rules/entity-consistency.js";
import { RuleTester, type TestClaim, type TestSource } from "../../src/testing/index.js";

const sources: TestSource[] = [
  { id: "a", outlet: "A", publishedAt: "2023-03" },
  { id: "b", outlet: "B", publishedAt: "2024-09-11" },
  { id: "c", outlet: "C", publishedAt: "2024-11-12" },
];
const pm = (id: string, source: string, name: string, asOf?: string): TestClaim => ({
  id, source, subject: "iraq", predicate: "primeMinister", value: { type: "entity", value: name }, quote: `Prime Minister ${name}`,
  ...(asOf && { asOf: { type: "date" as const, value: asOf } }),
});

new RuleTester({ describe, it }).run(entityConsistency, {
  valid: [
    {
      name: "spelling variants of one person agree, a name without the middle one agrees without confirming it, and the note says how they matched",
      corpus: { sources, claims: [pm("a1", "a", "Mohammed Shia' Al-Sudani"), pm("b1", "b", "Mohammed Shia al-Sudani"), pm("c1", "c", "Mohammed al-Sudani")] },
      findings: [{ messageId: "agree", kind: "agreement", claims: ["a1", "b1", "c1"], clusters: ["Mohammed Shia al-Sudani"], note: /C \('Mohammed al-Sudani'\) says less: compatible with Mohammed Shia al-Sudani/ }],
    },
    {
      name: "corpus aliases decide first",
      corpus: {
        sources,
        entities: [{ id: "irgc", names: ["Islamic Revolution Guards Corps", "Revolutionary Guard"] }],
        claims: [
          { id: "a1", source: "a", subject: "strikes", predicate: "by", value: { type: "entity", value: "Islamic Revolution Guards Corps" }, quote: "the IRGC" },
          { id: "b1", source: "b", subject: "strikes", predicate: "by", value: { type: "entity", value: "Revolutionary Guard" }, quote: "the Guard" },
        ],
      },
      findings: [{ messageId: "agree", claims: ["a1", "b1"], clusters: ["irgc"] }],
    },
    {
      name: "different office-holders at different times are a change, not a contradiction",
      corpus: {
        sources,
        predicates: { foreignMinister: { type: "entity", changesOverTime: true } },
        claims: [
          { id: "a1", source: "a", subject: "iran", predicate: "foreignMinister", value: { type: "entity", value: "Hossein Amir-Abdollahian" }, quote: "Foreign Minister Hossein Amir-Abdollahian" },
          { id: "c1", source: "c", subject: "iran", predicate: "foreignMinister", value: { type: "entity", value: "Abbas Araghchi" }, quote: "Foreign Minister Abbas Araghchi" },
        ],
      },
      findings: [{ messageId: "changed", kind: "note", claims: ["a1", "c1"], clusters: ["Hossein Amir-Abdollahian", "Abbas Araghchi"] }],
    },
  ],
  invalid: [
    {
      name: "two different people for a one-holder role conflict",
      corpus: { sources, claims: [pm("a1", "a", "Laurent Fabius"), pm("b1", "b", "Ségolène Royal")] },
      findings: [{ messageId: "conflictUndecided", kind: "discrepancy", claims: ["a1", "b1"], clusters: ["Laurent Fabius", "Ségolène Royal"] }],
    },
    {
      name: "different holders at overlapping times conflict even when the role changes over time",
      corpus: {
        sources,
        predicates: { primeMinister: { type: "entity", changesOverTime: true } },
        claims: [pm("b1", "b", "Mohammed al-Sudani", "2024-09"), pm("c1", "c", "Adil Abdul-Mahdi", "2024-09-20")],
      },
      findings: [
        { messageId: "conflictUndecided", kind: "discrepancy", claims: ["b1", "c1"] },
        { messageId: "changed", kind: "note", claims: ["b1", "c1"] },
      ],
    },
  ],
});
