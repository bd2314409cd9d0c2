/**
 * What defineRule's types promise a rule author, checked by the compiler
 * (`tsc -p tsconfig.test.json`): each `@ts-expect-error` must be an error, and
 * each `expectTypeOf` must hold. At run time these tests only define rules.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";
import * as zm from "zod/mini";
import type { ReportDescriptor, RuleContext } from "../../src/engine/context.js";
import { defineRule, type Rule } from "../../src/engine/define-rule.js";
import type { StandardSchemaV1 } from "../../src/engine/standard-schema.js";
import type { Cluster, Finding } from "../../src/engine/types.js";

const note = { kind: "note", subject: null, predicate: null, claims: [] } as const;

describe("message ids are inferred from meta.messages", () => {
  it("so an unknown id is a type error, with or without options", () => {
    const plain = defineRule({
      id: "plain",
      meta: { description: "d", messages: { found: "Found.", other: "Other." } },
      create(ctx) {
        ctx.report({ ...note, messageId: "found" });
        // @ts-expect-error -- "typo" is not one of the rule's messages
        ctx.report({ ...note, messageId: "typo" });
      },
    });
    const withOptions = defineRule({
      id: "with-options",
      meta: { description: "d", messages: { found: "Found." } },
      options: z.object({ limit: z.number().default(3) }),
      create(ctx) {
        ctx.report({ ...note, messageId: "found" });
        // @ts-expect-error -- still inferred when options are given
        ctx.report({ ...note, messageId: "typo" });
      },
    });
    expectTypeOf(plain).toEqualTypeOf<Rule<undefined, "found" | "other", undefined>>();
    expectTypeOf<(typeof withOptions)["meta"]["messages"]>().toEqualTypeOf<Readonly<Record<"found", string>>>();
  });

  it("from messages declared apart, too", () => {
    const messages = { a: "A", b: "B" } as const;
    const rule = defineRule({ id: "apart", meta: { description: "d", messages }, create() {} });
    expectTypeOf(rule.create).parameter(0).toEqualTypeOf<RuleContext<undefined, "a" | "b">>();
  });
});

describe("ctx.options is the schema's output, whatever implements the schema", () => {
  it("zod 4 classic: a default makes the field required in ctx.options and optional in configuration", () => {
    const rule = defineRule({
      id: "classic",
      meta: { description: "d", messages: { m: "m" } },
      options: z.strictObject({ limit: z.number().int().default(3), label: z.string().optional() }),
      create(ctx) {
        expectTypeOf(ctx.options).toEqualTypeOf<{ limit: number; label?: string | undefined }>();
      },
    });
    expectTypeOf(rule).toEqualTypeOf<Rule<{ limit: number; label?: string | undefined }, "m", { limit?: number | undefined; label?: string | undefined }>>();
  });

  it("zod/mini", () => {
    defineRule({
      id: "mini",
      meta: { description: "d", messages: { m: "m" } },
      options: zm.object({ limit: zm._default(zm.number(), 3) }),
      create(ctx) {
        expectTypeOf(ctx.options).toEqualTypeOf<{ limit: number }>();
      },
    });
  });

  it("a hand-made Standard Schema object (valibot, arktype and zod 3.24+ look the same to corroborate)", () => {
    const schema = {
      "~standard": {
        version: 1,
        vendor: "hand-made",
        validate: (value: unknown): StandardSchemaV1.Result<{ words: number }> =>
          typeof value === "number" ? { value: { words: value } } : { issues: [{ message: "a number" }] },
      },
    } as const;
    defineRule({
      id: "hand-made",
      meta: { description: "d", messages: { m: "m" } },
      options: schema,
      create(ctx) {
        expectTypeOf(ctx.options).toEqualTypeOf<{ words: number }>();
      },
    });
  });

  it("and undefined for a rule without options", () => {
    defineRule({
      id: "none",
      meta: { description: "d", messages: { m: "m" } },
      create(ctx) {
        expectTypeOf(ctx.options).toEqualTypeOf<undefined>();
      },
    });
  });

  it("a schema is not any object (refused at run time as well)", () => {
    expect(() =>
      defineRule({
        id: "not-a-schema",
        meta: { description: "d", messages: { m: "m" } },
        // @ts-expect-error -- options must implement Standard Schema
        options: { parse: (v: unknown) => v },
        create() {},
      }),
    ).toThrow("options must be a zod schema or another Standard Schema validator");
  });
});

describe("reports and findings are discriminated by kind", () => {
  it("a discrepancy must say which values conflict; a note need not", () => {
    expectTypeOf<{ kind: "discrepancy"; messageId: "m"; subject: null; predicate: null; claims: [] }>().not.toMatchTypeOf<ReportDescriptor<"m">>();
    expectTypeOf<{ kind: "note"; messageId: "m"; subject: null; predicate: null; claims: [] }>().toMatchTypeOf<ReportDescriptor<"m">>();
  });

  it("a discrepancy finding always carries its clusters", () => {
    const clustersOf = (f: Finding) => (f.kind === "discrepancy" ? f.clusters : f.clusters ?? []);
    expectTypeOf(clustersOf).returns.toEqualTypeOf<readonly Cluster[]>();
    expectTypeOf<Extract<Finding, { kind: "note" }>["clusters"]>().toEqualTypeOf<readonly Cluster[] | undefined>();
  });
});
