import { describe, expect, it } from "vitest";
import type { RuleContext } from "../../src/engine/context.js";
import { defineRule } from "../../src/engine/define-rule.js";
import { watchRule } from "../../src/testing/watch-mutation.js";

/** A context whose parts are plain, unfrozen objects, so that any write succeeds and only the watch can see it. */
function context(options: unknown, returned: unknown = { value: "x", claims: [] }): RuleContext<unknown, "m"> {
  const corpus = { format: "corroborate/v1", sources: [{ id: "a", outlet: "A" }], entities: [], predicates: {}, claims: [] };
  return {
    id: "r",
    options,
    corpus: corpus as unknown as RuleContext["corpus"],
    claims: [],
    groups: [],
    source: () => undefined,
    clusters: () => [returned] as never,
    slices: () => [],
    independence: () => ({ count: 1, sources: ["a"] }) as never,
    consensus: () => undefined,
    qualifiers: () => ({}),
    compare: () => ({ relation: "same" }) as never,
    identify: () => ({}) as never,
    compareNames: () => ({}) as never,
    report: () => {},
  };
}

const runs = (create: (ctx: RuleContext<unknown, "m">) => void, ctx: RuleContext<unknown, "m">) => {
  const watched = watchRule(defineRule({ id: "r", meta: { description: "d", messages: { m: "m" } }, create: create as () => void }));
  watched.rule.create(ctx as never);
  return watched.changes;
};

describe("watchRule: what a rule changes in what it was given", () => {
  it("sees nothing when the rule only reads", () => {
    expect(runs((ctx) => void JSON.stringify([ctx.options, ctx.corpus, ctx.clusters([])]), context({ list: [1] }))).toEqual([]);
  });

  it("names each changed path with its value before and after", () => {
    const changes = runs(
      (ctx) => {
        (ctx.corpus.sources[0] as { outlet: string }).outlet = "B";
        delete (ctx.options as { gone?: number }).gone;
      },
      context({ gone: 1 }),
    );
    expect(changes).toEqual(["ctx.options was {gone}, now {}", "ctx.options.gone was removed (it was 1)", 'ctx.corpus.sources[0].outlet was "A", now "B"']);
  });

  it("watches what the context's methods return, and the inside of maps and sets", () => {
    const returned = { value: "x", claims: [] as string[], seen: new Set<string>(), by: new Map<string, number>([["a", 1]]) };
    const changes = runs(
      (ctx) => {
        const [cluster] = ctx.clusters([]) as unknown as (typeof returned)[];
        cluster!.seen.add("b");
        cluster!.by.set("a", 2);
      },
      context(undefined, returned),
    );
    expect(changes).toEqual(["ctx.clusters(…)[0].seen was Set(0), now Set(1)", 'ctx.clusters(…)[0].by.get("a") was 1, now 2', 'ctx.clusters(…)[0].seen[#0] was added ("b")']);
  });

  it("records a getter without running it", () => {
    let calls = 0;
    const options = Object.defineProperty({}, "lazy", { enumerable: true, get: () => ++calls });
    expect(runs(() => {}, context(options))).toEqual([]);
    expect(calls).toBe(0);
  });

  it("still compares when the rule throws, and lets the error through", () => {
    const watched = watchRule(
      defineRule({
        id: "r",
        meta: { description: "d", messages: { m: "m" } },
        create(ctx) {
          (ctx.options as number[]).push(1);
          throw new Error("boom");
        },
      }),
    );
    expect(() => watched.rule.create(context([]) as never)).toThrow("boom");
    expect(watched.changes).toEqual(["ctx.options was array(0), now array(1)", "ctx.options[0] was added (1)"]);
  });
});
