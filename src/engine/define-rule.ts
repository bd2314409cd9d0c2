import type { z } from "zod";
import type { RuleContext } from "./context.js";

/** What a rule says about itself (ESLint's `meta`). */
export interface RuleMeta {
  /** One sentence: what the rule finds. */
  readonly description: string;
  readonly docsUrl?: string;
  /** Message templates by id, with `{placeholders}` filled from a report's `data`. */
  readonly messages: Readonly<Record<string, string>>;
  /**
   * What the rule needs to see. `subject`: each subject's claims on their own
   * (the engine may run it on a batch of subjects at a time, which keeps memory
   * flat on large corpora; `ctx.claims` and `ctx.groups` are then the batch's).
   * `corpus` (the default): everything at once.
   */
  readonly scope?: "subject" | "corpus";
}

/** The definition a rule author writes. */
export interface RuleDefinition<Options = undefined> {
  /** kebab-case, unique: `date-consistency`. */
  readonly id: string;
  readonly meta: RuleMeta;
  /** zod schema of the rule's options; its defaults apply when none are given. */
  readonly options?: z.ZodType<Options>;
  /** Runs once per check: read the context, call `ctx.report()`. No I/O, no mutation. */
  readonly create: (ctx: RuleContext<Options>) => void;
}

/** A rule: its definition, validated and frozen. */
export type Rule<Options = unknown> = RuleDefinition<Options> & { readonly __corroborateRule: true };

/** An untyped rule, as lists of rules hold them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

const RULE_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MESSAGE_ID = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Define a rule. Checks the definition (a programmer error throws here, at load
 * time, not during a check) and freezes it.
 *
 * @example
 * ```ts
 * import { z } from "zod";
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
export function defineRule<Options = undefined>(definition: RuleDefinition<Options>): Rule<Options> {
  if (!RULE_ID.test(definition.id)) {
    throw new TypeError(`rule id "${definition.id}" must be kebab-case, optionally prefixed "plugin/"`);
  }
  if (typeof definition.create !== "function") throw new TypeError(`rule "${definition.id}" needs a create(ctx) function`);
  const ids = Object.keys(definition.meta?.messages ?? {});
  if (ids.length === 0) throw new TypeError(`rule "${definition.id}" needs at least one message in meta.messages`);
  for (const id of ids) {
    if (!MESSAGE_ID.test(id)) throw new TypeError(`rule "${definition.id}": message id "${id}" must be an identifier`);
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

