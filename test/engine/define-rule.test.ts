import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as zm from "zod/mini";
import { check } from "../../src/engine/check.js";
import { defineRule, type RuleDefinition } from "../../src/engine/define-rule.js";
import type { StandardSchemaV1 } from "../../src/engine/standard-schema.js";
import { parseCorpus } from "../../src/model/parse-corpus.js";

const meta = { description: "test", messages: { m: "Found {n}." } };
const create = () => {};
/** Define a rule from a definition that may be wrong in ways the types would catch: what a JavaScript author could write. */
const loose = (definition: unknown) => defineRule(definition as RuleDefinition<undefined, "m">);

const parsed = parseCorpus({
  format: "corroborate/v1",
  sources: [{ id: "a", outlet: "A" }],
  claims: [{ id: "a1", source: "a", subject: "s", predicate: "p", value: { type: "text", value: "x" }, quote: "x" }],
});
if (!parsed.ok) throw new Error("fixture corpus");
const corpus = parsed.corpus;

describe("defineRule checks the definition when the rule is loaded", () => {
  it("needs a kebab-case id, optionally prefixed by a plugin name", () => {
    expect(() => loose({ meta, create })).toThrow('rule id undefined must be a kebab-case string, optionally prefixed "plugin/"');
    expect(() => loose({ id: 7, meta, create })).toThrow("rule id 7 must be a kebab-case string");
    for (const id of ["Bad_Id", "-lead", "trail-", "two--dashes", "a/b/c", ""]) expect(() => loose({ id, meta, create }), id).toThrow(/kebab-case/);
    for (const id of ["quote-length", "acme/quote-length", "r2"]) expect(loose({ id, meta, create }).id).toBe(id);
  });

  it("needs a synchronous create: an async one would report after the check returned", () => {
    expect(() => loose({ id: "r", meta })).toThrow('rule "r" needs a create(ctx) function');
    const message = 'rule "r": create must be synchronous (not async): a check never waits for a rule';
    expect(() => loose({ id: "r", meta, async create() {} })).toThrow(message);
    expect(() => loose({ id: "r", meta, create: async () => {} })).toThrow(message);
    expect(() => loose({ id: "r", meta, async *create() {} })).toThrow(message);
  });

  it("needs a description and at least one message, each a string under an identifier", () => {
    expect(() => loose({ id: "r", create })).toThrow('rule "r" needs meta.description');
    expect(() => loose({ id: "r", meta: { description: "d" }, create })).toThrow('rule "r" needs meta.messages: an object of message templates by id');
    expect(() => loose({ id: "r", meta: { description: "d", messages: "Found." }, create })).toThrow('rule "r" needs meta.messages');
    expect(() => loose({ id: "r", meta: { description: "d", messages: {} }, create })).toThrow('rule "r" needs at least one message in meta.messages');
    expect(() => loose({ id: "r", meta: { description: "d", messages: { "not ok": "x" } }, create })).toThrow('rule "r": message id "not ok" must be an identifier');
    expect(() => loose({ id: "r", meta: { description: "d", messages: { m: 5 } }, create })).toThrow('rule "r": message "m" is a string');
  });

  it("checks docsUrl, scope and the options schema", () => {
    expect(() => loose({ id: "r", meta: { ...meta, docsUrl: 5 }, create })).toThrow('rule "r": meta.docsUrl is a string');
    expect(() => loose({ id: "r", meta: { ...meta, scope: "group" }, create })).toThrow('rule "r": meta.scope is "subject" or "corpus"');
    expect(() => loose({ id: "r", meta, options: { parse: () => ({}) }, create })).toThrow('rule "r": options must be a zod schema or another Standard Schema validator');
  });

  it("freezes the rule and its own copy of the messages", () => {
    const messages = { m: "Found {n}." };
    const rule = defineRule({ id: "frozen", meta: { description: "d", messages }, create });
    messages.m = "changed";
    expect(Object.isFrozen(rule)).toBe(true);
    expect(Object.isFrozen(rule.meta)).toBe(true);
    expect(Object.isFrozen(rule.meta.messages)).toBe(true);
    expect(rule.meta.messages.m).toBe("Found {n}.");
  });
});

describe("a rule's findings", () => {
  const reports = (docsUrl?: string) =>
    defineRule({
      id: "reports",
      meta: { description: "d", messages: { m: "Found {n}." }, ...(docsUrl !== undefined && { docsUrl }) },
      create(ctx) {
        ctx.report({ kind: "note", messageId: "m", data: { n: 1 }, subject: "s", predicate: "p", claims: ctx.claims });
      },
    });

  it("carry the rule's meta.docsUrl as url, and no url when it has none", () => {
    const [withUrl] = check(corpus, { builtins: false, extraRules: [reports("https://example.org/rules/reports")] }).findings;
    const [without] = check(corpus, { builtins: false, extraRules: [reports()] }).findings;
    expect(withUrl).toMatchObject({ rule: "reports", message: "Found 1.", url: "https://example.org/rules/reports" });
    expect(without).not.toHaveProperty("url");
  });
});

describe("rule options take any Standard Schema validator", () => {
  const echo = <O>(options: StandardSchemaV1<unknown, O>) =>
    defineRule({
      id: "echo",
      meta: { description: "d", messages: { m: "{options}" } },
      options,
      create(ctx) {
        ctx.report({ kind: "note", messageId: "m", data: { options: JSON.stringify(ctx.options) }, subject: null, predicate: null, claims: [] });
      },
    });
  const run = <O>(options: StandardSchemaV1<unknown, O>, given?: unknown) =>
    check(corpus, { builtins: false, extraRules: [echo(options)], rules: given === undefined ? {} : { echo: ["on", given] } }).findings[0]?.message;

  it("zod classic and zod/mini schemas, their defaults applied", () => {
    expect(run(z.object({ limit: z.number().default(3) }))).toBe('{"limit":3}');
    expect(run(zm.object({ limit: zm._default(zm.number(), 3) }), { limit: 4 })).toBe('{"limit":4}');
  });

  // Option validation lives in src/engine/config.ts (validateRuleOptions), which still calls zod's safeParse;
  // it must call schema["~standard"].validate for this to hold. Marked as a known failure until it does.
  it("a hand-made Standard Schema object, validated through its own validate()", () => {
    const limit: StandardSchemaV1<unknown, { limit: number }> = {
      "~standard": {
        version: 1,
        vendor: "hand-made",
        validate: (value) =>
          typeof (value as { limit?: unknown })?.limit === "number"
            ? { value: { limit: (value as { limit: number }).limit } }
            : { issues: [{ message: "limit must be a number", path: ["limit"] }] },
      },
    };
    expect(run(limit, { limit: 2 })).toBe('{"limit":2}');
    expect(() => run(limit, { limit: "two" })).toThrow('rule "echo": option "limit": limit must be a number');
  });
});
