import type { RuleContext } from "./context.js";
import type { StandardSchemaV1 } from "./standard-schema.js";

/** What a rule says about itself (ESLint's `meta`). */
export interface RuleMeta<MessageIds extends string = string> {
  /** One sentence: what the rule finds. */
  readonly description: string;
  /** Where the rule is documented; every finding of the rule carries it as `url`. */
  readonly docsUrl?: string;
  /** Message templates by id, with `{placeholders}` filled from a report's `data`. */
  readonly messages: Readonly<Record<MessageIds, string>>;
  /**
   * What the rule needs to see. `subject`: each subject's claims on their own
   * (the engine may run it on a batch of subjects at a time, which keeps memory
   * flat on large corpora; `ctx.claims` and `ctx.groups` are then the batch's).
   * `corpus` (the default): everything at once.
   */
  readonly scope?: "subject" | "corpus";
}

/**
 * The definition a rule author writes. `Options` is what the rule's options
 * schema outputs (what `ctx.options` holds); `OptionsInput` is what it accepts
 * (what a configuration or a RuleTester case writes: fields with defaults may
 * be left out). Both are inferred from the schema, as `MessageIds` is from
 * `meta.messages`.
 */
export interface RuleDefinition<Options = undefined, MessageIds extends string = string, OptionsInput = Options> {
  /** kebab-case, unique: `date-consistency`. */
  readonly id: string;
  readonly meta: RuleMeta<MessageIds>;
  /**
   * The schema of the rule's options: zod (the default and what the examples
   * use), or any validator that implements Standard Schema (valibot, arktype,
   * zod 3.24+). Its defaults apply when no options are given; it must validate
   * synchronously.
   */
  readonly options?: StandardSchemaV1<OptionsInput, Options>;
  /**
   * Runs once per check (a subject-scoped rule: once per batch of subjects):
   * read the context, call `ctx.report()`. Synchronous; no I/O, no mutation.
   */
  readonly create: (ctx: RuleContext<Options, MessageIds>) => void;
}

/** A rule: its definition, validated and frozen. */
export type Rule<Options = unknown, MessageIds extends string = string, OptionsInput = Options> = RuleDefinition<Options, MessageIds, OptionsInput> & {
  readonly __corroborateRule: true;
};

/** An untyped rule, as lists of rules hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, any, any>;

const RULE_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MESSAGE_ID = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Define a rule. Checks the definition (a programmer error throws here, at load
 * time, not during a check) and freezes it.
 *
 * Types are inferred from the definition, so mistakes show in the editor: the
 * message ids from `meta.messages` (`messageId: "typo"` does not compile), and
 * `ctx.options` from the options schema's output (a default makes a field
 * required in `ctx.options` and optional in a configuration).
 *
 * @example
 * ```ts
 * import * as z from "zod";
 * import { defineRule } from "corroborate";
 *
 * export const quoteLength = defineRule({
 *   id: "quote-length",
 *   meta: {
 *     description: "Flags quotes too short to carry a claim.",
 *     messages: { short: "The quote of {claim} has only {words} words." },
 *   },
 *   options: z.object({ minWords: z.number().int().positive().default(4) }),
 *   create(ctx) {
 *     for (const c of ctx.claims) {
 *       const words = c.claim.quote.split(/\s+/).length;
 *       if (words < ctx.options.minWords) {
 *         ctx.report({ kind: "note", messageId: "short", data: { claim: c.claim.id, words }, claims: [c],
 *           subject: c.claim.subject, predicate: c.claim.predicate });
 *       }
 *     }
 *   },
 * });
 * ```
 */
export function defineRule<Options = undefined, const MessageIds extends string = string, OptionsInput = Options>(
  definition: RuleDefinition<Options, MessageIds, OptionsInput>,
): Rule<Options, MessageIds, OptionsInput> {
  if (definition === null || typeof definition !== "object") throw new TypeError("defineRule needs a definition object { id, meta, create }");
  if (typeof definition.id !== "string" || !RULE_ID.test(definition.id)) {
    throw new TypeError(`rule id ${JSON.stringify(definition.id)} must be a kebab-case string, optionally prefixed "plugin/"`);
  }
  if (typeof definition.create !== "function") throw new TypeError(`rule "${definition.id}" needs a create(ctx) function`);
  // An async create would report after check() returned (lost) and reject into the host process.
  if (definition.create.constructor?.name === "AsyncFunction" || definition.create.constructor?.name === "AsyncGeneratorFunction") {
    throw new TypeError(`rule "${definition.id}": create must be synchronous (not async): a check never waits for a rule`);
  }
  if (typeof definition.meta?.description !== "string") throw new TypeError(`rule "${definition.id}" needs meta.description`);
  if (definition.meta.docsUrl !== undefined && typeof definition.meta.docsUrl !== "string") throw new TypeError(`rule "${definition.id}": meta.docsUrl is a string`);
  if (definition.meta.scope !== undefined && definition.meta.scope !== "subject" && definition.meta.scope !== "corpus") {
    throw new TypeError(`rule "${definition.id}": meta.scope is "subject" or "corpus"`);
  }
  if (definition.options !== undefined && typeof (definition.options as Partial<StandardSchemaV1>)["~standard"]?.validate !== "function") {
    throw new TypeError(`rule "${definition.id}": options must be a zod schema or another Standard Schema validator`);
  }
  if (definition.meta.messages === null || typeof definition.meta.messages !== "object" || Array.isArray(definition.meta.messages)) {
    throw new TypeError(`rule "${definition.id}" needs meta.messages: an object of message templates by id`);
  }
  const ids = Object.keys(definition.meta.messages);
  if (ids.length === 0) throw new TypeError(`rule "${definition.id}" needs at least one message in meta.messages`);
  for (const id of ids) {
    if (!MESSAGE_ID.test(id)) throw new TypeError(`rule "${definition.id}": message id "${id}" must be an identifier`);
    if (typeof (definition.meta.messages as Record<string, unknown>)[id] !== "string") throw new TypeError(`rule "${definition.id}": message "${id}" is a string`);
  }
  return Object.freeze({
    ...definition,
    meta: Object.freeze({ ...definition.meta, messages: Object.freeze({ ...definition.meta.messages }) }),
    __corroborateRule: true as const,
  });
}

/** The `{placeholders}` of a message template. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((m) => m[1]!);
}

/** Templates split once into literal text and placeholder names (odd positions). */
const compiled = new Map<string, readonly string[]>();

/** Fill a template's `{placeholders}` from data; unknown ones stay as written (the RuleTester flags them). */
export function fillMessage(template: string, data: Readonly<Record<string, string | number>>): string {
  let parts = compiled.get(template);
  if (parts === undefined) {
    parts = template.split(/\{([A-Za-z_][A-Za-z0-9_]*)\}/);
    compiled.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

