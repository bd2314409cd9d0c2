/**
 * RuleTester cases are typed by the rule they test, checked by the compiler
 * (`tsc -p tsconfig.test.json`): each `@ts-expect-error` must be an error.
 * At run time the cases run like any others, through the stand-in framework.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";
import { defineRule } from "../../src/engine/define-rule.js";
import type { RuleTesterCases, TestCorpus } from "../../src/testing/index.js";
import { harness } from "./harness.js";

const limited = defineRule({
  id: "limited",
  meta: { description: "test", messages: { over: "{n} claims", under: "fine" } },
  options: z.strictObject({ limit: z.number().int().positive().default(5), label: z.string().optional() }),
  create(ctx) {
    if (ctx.claims.length > ctx.options.limit) {
      ctx.report({ kind: "note", messageId: "over", data: { n: ctx.claims.length }, subject: null, predicate: null, claims: ctx.claims });
    }
  },
});
const plain = defineRule({ id: "plain", meta: { description: "test", messages: { m: "m" } }, create() {} });

const corpus: TestCorpus = {
  sources: [{ id: "a", outlet: "A" }],
  claims: [
    { id: "a1", source: "a", subject: "s", predicate: "p", value: { type: "text", value: "x" }, quote: "x" },
    { id: "a2", source: "a", subject: "s", predicate: "p", value: { type: "text", value: "x" }, quote: "x" },
  ],
};

describe("RuleTester cases are typed by the rule's options and messages", () => {
  it("options as a configuration writes them: fields with defaults may be left out, wrong types may not", () => {
    const h = harness();
    h.tester.run(limited, {
      valid: [
        { name: "default", corpus, options: {} },
        { name: "label", corpus, options: { label: "x" } },
        // @ts-expect-error -- limit is a number
        { name: "string", corpus, options: { limit: "one" } },
        // @ts-expect-error -- the schema is strict: no unknown options
        { name: "unknown", corpus, options: { limt: 1 } },
      ],
      invalid: [{ name: "over", corpus, options: { limit: 1 }, findings: [{ messageId: "over", claims: ["a1", "a2"] }] }],
    });
    expect(h.outcomes["valid: default"]).toBe("passed");
    expect(h.outcomes["valid: string"]).toMatch(/options are invalid/);
    expect(h.outcomes["valid: unknown"]).toMatch(/options are invalid/);
    expect(h.outcomes["invalid: over"]).toBe("passed");
  });

  it("a rule without options takes none", () => {
    const h = harness();
    h.tester.run(plain, {
      // @ts-expect-error -- the rule has no options
      valid: [{ name: "given", corpus, options: { limit: 1 } }],
    });
    expect(h.outcomes["valid: given"]).toMatch(/options are invalid for plain:\n {2}rule "plain" takes no options/);
  });

  it("expected message ids are the rule's", () => {
    const h = harness();
    h.tester.run(limited, {
      // @ts-expect-error -- "typo" is not one of limited's messages
      invalid: [{ name: "typo", corpus, options: { limit: 1 }, findings: [{ messageId: "typo", claims: ["a1", "a2"] }] }],
    });
    expect(h.outcomes["invalid: typo"]).toBe('failed: case "typo": expects messageId "typo", which limited does not define');
  });

  it("the cases' types can be named ahead of the run", () => {
    expectTypeOf<RuleTesterCases<{ limit?: number }, "over">["invalid"]>().toMatchTypeOf<
      readonly { readonly findings: readonly [{ readonly messageId: "over" }, ...unknown[]] }[] | undefined
    >();
  });
});
