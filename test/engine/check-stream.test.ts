import { describe, expect, it } from "vitest";
import { check, checkStream } from "../../src/engine/check.js";
import { defineRule } from "../../src/engine/define-rule.js";
import { formatJson, formatJsonStream } from "../../src/report/json.js";
import { BUNDLED, corpusOf, fixture, readJson } from "../helpers.js";

/** A corpus-scoped rule that reports about every other subject, and once about the whole corpus. */
const everyOther = defineRule({
  id: "every-other",
  meta: { description: "test", messages: { m: "{subject} seen", whole: "{n} claims" } },
  create(ctx) {
    ctx.groups.forEach((g, i) => {
      if (i % 2 === 0) ctx.report({ kind: "note", messageId: "m", data: { subject: g.subject }, subject: g.subject, predicate: g.predicate, claims: g.claims });
    });
    ctx.report({ kind: "note", messageId: "whole", data: { n: ctx.claims.length }, subject: null, predicate: null, claims: [] });
  },
});

describe("checkStream", () => {
  for (const [name, json] of [["the bundled corpus", readJson(BUNDLED)], ["the Paris corpus", fixture("paris-agreement.json")]] as const) {
    it(`writes ${name} exactly as check() and formatJson do, whatever the batch size`, () => {
      const corpus = corpusOf(structuredClone(json));
      const expected = formatJson(check(corpus, { extraRules: [everyOther] }));
      for (const batchClaims of [1, 2, 7, 1_000_000]) {
        const streamed = [...formatJsonStream(checkStream(corpus, { extraRules: [everyOther], batchClaims }))].join("");
        expect(streamed).toBe(expected);
      }
    });
  }

  it("puts findings about no subject last", () => {
    const report = check(corpusOf(fixture("paris-agreement.json")), { extraRules: [everyOther] });
    expect(report.findings.at(-1)).toMatchObject({ rule: "every-other", messageId: "whole", subject: null });
  });

  it("knows its summary only once the findings are read", () => {
    const stream = checkStream(corpusOf(fixture("paris-agreement.json")));
    expect(() => stream.summary()).toThrow(/read to the end/);
    const findings = [...stream.findings()];
    expect(stream.summary().notes).toBe(findings.filter((f) => f.kind === "note").length);
  });

  it("runs subject-scoped rules on one batch of whole subjects at a time", () => {
    const seen: number[] = [];
    const spy = defineRule({
      id: "batch-spy",
      meta: { description: "test", messages: { m: "m" }, scope: "subject" },
      create(ctx) {
        seen.push(ctx.claims.length);
        expect(new Set(ctx.groups.map((g) => g.subject)).size).toBeGreaterThan(0);
      },
    });
    [...checkStream(corpusOf(fixture("paris-agreement.json")), { builtins: false, extraRules: [spy], batchClaims: 5 }).findings()];
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.reduce((a, b) => a + b, 0)).toBe(21);
  });
});
