import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineRule } from "../../src/engine/define-rule.js";
import { RuleTester, RuleTesterError, type RuleTesterCases, type TestCorpus } from "../../src/testing/index.js";

const corpus: TestCorpus = {
  sources: [{ id: "a", outlet: "A", publishedAt: "2020" }],
  claims: [{ id: "a1", source: "a", subject: "s", predicate: "p", value: { type: "text", value: "x" }, quote: "x" }],
};

/** Run the tester with a fake describe/it that records each case's outcome. */
function outcomes(rule: Parameters<RuleTester["run"]>[0], cases: RuleTesterCases): Record<string, string> {
  const results: Record<string, string> = {};
  const tester = new RuleTester({
    describe: (_name, body) => body(),
    it: (name, body) => {
      try {
        body();
        results[name] = "passed";
      } catch (error) {
        results[name] = error instanceof RuleTesterError ? `failed: ${error.message}` : `crashed: ${String(error)}`;
      }
    },
  });
  tester.run(rule, cases);
  return results;
}

const reportsOnce = (messageId: string, data: Record<string, string> = {}) =>
  defineRule({
    id: "reports-once",
    meta: { description: "test", messages: { found: "Found {thing}." } },
    create(ctx) {
      ctx.report({ kind: "note", messageId, data, subject: "s", predicate: "p", claims: [ctx.claims[0]!] });
    },
  });

describe("RuleTester", () => {
  it("passes a case whose findings match", () => {
    const result = outcomes(reportsOnce("found", { thing: "x" }), {
      valid: [],
      invalid: [{ name: "one", corpus, findings: [{ messageId: "found", claims: ["a1"], data: { thing: "x" } }] }],
    });
    expect(result).toEqual({ "invalid: one": "passed" });
  });

  it("fails on a message id the rule does not define", () => {
    const result = outcomes(reportsOnce("nope", { thing: "x" }), { valid: [{ name: "v", corpus }], invalid: [] });
    expect(result["valid: v"]).toMatch(/^failed: .*unknown messageId "nope"/);
  });

  it("fails on an unfilled placeholder", () => {
    const result = outcomes(reportsOnce("found"), { valid: [{ name: "v", corpus }], invalid: [] });
    expect(result["valid: v"]).toBe('failed: reports-once: message "found" left placeholder {thing} unfilled');
  });

  it("fails on an expected message id the rule does not define", () => {
    const result = outcomes(reportsOnce("found", { thing: "x" }), {
      valid: [],
      invalid: [{ name: "i", corpus, findings: [{ messageId: "other", claims: ["a1"] }] }],
    });
    expect(result["invalid: i"]).toBe('failed: the case expects messageId "other", which reports-once does not define');
  });

  it("fails when data, claims or the number of findings differ", () => {
    const rule = reportsOnce("found", { thing: "x" });
    const result = outcomes(rule, {
      valid: [],
      invalid: [
        { name: "data", corpus, findings: [{ messageId: "found", claims: ["a1"], data: { thing: "y" } }] },
        { name: "count", corpus: { ...corpus, title: "2" }, findings: [{ messageId: "found", claims: ["a1"] }, { messageId: "found", claims: ["a1"] }] },
      ],
    });
    expect(result["invalid: data"]).toContain('data.thing: expected "y", got "x"');
    expect(result["invalid: count"]).toMatch(/^failed: expected 2 findings, reports-once reported 1/);
  });

  it("refuses duplicate cases before running any", () => {
    expect(() => outcomes(reportsOnce("found", { thing: "x" }), { valid: [{ name: "one", corpus }, { name: "two", corpus }], invalid: [] })).toThrow(
      'reports-once: duplicate case: "two" has the same corpus and options as "one"',
    );
  });

  it("fails on options the rule's schema rejects", () => {
    const rule = defineRule({
      id: "with-options",
      meta: { description: "test", messages: { m: "m" } },
      options: z.strictObject({ limit: z.number().int().positive() }),
      create() {},
    });
    const result = outcomes(rule, { valid: [{ name: "bad", corpus, options: { limit: -1 } }], invalid: [] });
    expect(result["valid: bad"]).toMatch(/^failed: with-options: invalid corroborate configuration:\n {2}- rule "with-options": option "limit":/);
  });

  it("fails on a rule that mutates what it is given", () => {
    const rule = defineRule({
      id: "mutates",
      meta: { description: "test", messages: { m: "m" } },
      create(ctx) {
        (ctx.claims[0]!.claim as { quote: string }).quote = "changed";
      },
    });
    const result = outcomes(rule, { valid: [{ name: "v", corpus }], invalid: [] });
    expect(result["valid: v"]).toMatch(/^failed: mutates threw: .*read only|^failed: mutates threw: .*Cannot assign/);
  });

  it("fails a valid case on which the rule reports a discrepancy", () => {
    const rule = defineRule({
      id: "always-wrong",
      meta: { description: "test", messages: { m: "wrong" } },
      create(ctx) {
        ctx.report({ kind: "discrepancy", messageId: "m", subject: "s", predicate: "p", claims: [ctx.claims[0]!] });
      },
    });
    expect(outcomes(rule, { valid: [{ name: "v", corpus }], invalid: [] })["valid: v"]).toMatch(/^failed: expected no discrepancy or warning/);
  });

  it("fails on an invalid test corpus, with its problems", () => {
    const result = outcomes(reportsOnce("found", { thing: "x" }), { valid: [{ name: "v", corpus: { ...corpus, sources: [] } }], invalid: [] });
    expect(result["valid: v"]).toBe('failed: the case\'s corpus is invalid:\n  claims[0].source: no source has the id "a"');
  });

  it("needs describe and it", () => {
    const globals = globalThis as { describe?: unknown };
    const saved = globals.describe;
    delete globals.describe;
    try {
      expect(() => new RuleTester()).toThrow(/needs describe and it/);
    } finally {
      globals.describe = saved;
    }
  });
});

describe("defineRule", () => {
  it("rejects ids that are not kebab-case and rules without messages", () => {
    expect(() => defineRule({ id: "Bad_Id", meta: { description: "", messages: { m: "m" } }, create() {} })).toThrow(/kebab-case/);
    expect(() => defineRule({ id: "ok", meta: { description: "", messages: {} }, create() {} })).toThrow(/at least one message/);
  });

  it("accepts a plugin prefix and freezes the rule", () => {
    const rule = defineRule({ id: "acme/no-thing", meta: { description: "", messages: { m: "m" } }, create() {} });
    expect(Object.isFrozen(rule)).toBe(true);
    expect(Object.isFrozen(rule.meta.messages)).toBe(true);
  });
});
