import { describe, expect, it } from "vitest";
import { check, checkStream } from "../../src/engine/check.js";
import { defineRule } from "../../src/engine/define-rule.js";
import type { Finding } from "../../src/engine/types.js";
import { corpusOf, fixture } from "../helpers.js";

const paris = () => corpusOf(fixture("paris-agreement.json"));

/** A corpus of `n` subjects, each with two sources agreeing on one number. */
function subjects(n: number) {
  return corpusOf({
    format: "corroborate/v1",
    sources: [
      { id: "a", outlet: "A", publishedAt: "2024-01-01" },
      { id: "b", outlet: "B", publishedAt: "2024-01-02" },
    ],
    claims: Array.from({ length: n }, (_, i) => [
      { id: `a${i}`, source: "a", subject: `s${i}`, predicate: "count", value: { type: "number", value: i }, quote: `${i}` },
      { id: `b${i}`, source: "b", subject: `s${i}`, predicate: "count", value: { type: "number", value: i }, quote: `${i}` },
    ]).flat(),
  });
}

/** A subject-scoped rule that notes every subject, but throws on one of them. */
const failsOnS3 = defineRule({
  id: "fails-on-s3",
  meta: { description: "test", scope: "subject", messages: { seen: "{subject} seen" } },
  create(ctx) {
    for (const g of ctx.groups) {
      if (g.subject === "s3") throw new Error("cannot handle s3");
      ctx.report({ kind: "note", messageId: "seen", data: { subject: g.subject }, subject: g.subject, predicate: null, claims: g.claims });
    }
  },
});

const summarise = (findings: readonly Finding[]) => findings.filter((f) => f.rule === "fails-on-s3").map((f) => `${f.subject}:${f.messageId}`);

describe("a rule that fails", () => {
  it("on one subject keeps its findings about every other subject, whatever the batch size", () => {
    const corpus = subjects(6);
    const outcomes = [1, 2, 4, 1_000].map((batchClaims) => summarise([...checkStream(corpus, { builtins: false, extraRules: [failsOnS3], batchClaims }).findings()]));
    expect(outcomes[0]).toEqual(["s0:seen", "s1:seen", "s2:seen", "s3:ruleFailed", "s4:seen", "s5:seen"]);
    for (const outcome of outcomes) expect(outcome).toEqual(outcomes[0]);
  });

  it("says truthfully which subject it failed on and that it reported nothing about it", () => {
    const failure = check(subjects(6), { builtins: false, extraRules: [failsOnS3] }).findings.find((f) => f.messageId === "ruleFailed")!;
    expect(failure).toMatchObject({ kind: "note", severity: "error", subject: "s3", predicate: null, claims: [] });
    expect(failure.message).toBe('Rule "fails-on-s3" failed on s3 and reported nothing about it: cannot handle s3');
  });
});

describe("what a rule reports is checked", () => {
  const reporting = (descriptor: Record<string, unknown>) =>
    defineRule({
      id: "reporter",
      meta: { description: "test", messages: { m: "m" } },
      create(ctx) {
        ctx.report({ messageId: "m", subject: null, predicate: null, claims: [], kind: "note", ...descriptor } as never);
      },
    });
  it.each([
    [{ kind: "bogus" }, 'kind "bogus" is not agreement, discrepancy or note'],
    [{ severity: "critical" }, 'severity "critical" is not info, warning or error'],
    [{ messageId: "nope" }, 'unknown messageId "nope"'],
    [{ kind: "discrepancy" }, "a discrepancy says which values conflict (clusters)"],
    [{ data: { n: Number.NaN } }, "data.n is not a string or a finite number"],
    [{ claims: [{ id: "a1" }] }, "claims is an array of the context's resolved claims"],
  ])("%j fails the rule: %s", (descriptor, reason) => {
    const [finding] = check(paris(), { builtins: false, extraRules: [reporting(descriptor)] }).findings;
    expect(finding).toMatchObject({ messageId: "ruleFailed", severity: "error" });
    expect(finding!.message).toContain(reason);
  });
});

describe("rules are synchronous", () => {
  it("an async create is refused when the rule is defined", () => {
    expect(() =>
      defineRule({
        id: "later",
        meta: { description: "test", messages: { m: "m" } },
        async create() {},
      }),
    ).toThrow('rule "later": create must be synchronous (not async)');
  });

  it("a create that returns a promise fails, reports nothing after it returned, and never rejects into the host", async () => {
    let late: (() => void) | undefined;
    const sneaky = defineRule({
      id: "sneaky",
      meta: { description: "test", messages: { m: "m" } },
      create(ctx) {
        late = () => ctx.report({ kind: "note", messageId: "m", subject: null, predicate: null, claims: [] });
        return Promise.reject(new Error("rejected later")) as unknown as void;
      },
    });
    const report = check(paris(), { builtins: false, extraRules: [sneaky] });
    expect(report.findings.map((f) => f.message)).toEqual(['Rule "sneaky" failed and reported nothing: its create() returned a promise; rules are synchronous (no async, no await)']);
    expect(() => late!()).toThrow("reported after its create() returned");
    await new Promise((resolve) => setTimeout(resolve, 10)); // an unhandled rejection would fail the test run here
  });
});

describe("rules see frozen inputs", () => {
  it("a rule that tries to change a cluster fails, and the next rule sees the cluster unchanged", () => {
    const vandal = defineRule({
      id: "vandal",
      meta: { description: "test", scope: "subject", messages: { m: "m" } },
      create(ctx) {
        for (const g of ctx.groups) (ctx.clusters(g.claims)[0] as { value: unknown }).value = 999;
      },
    });
    const report = check(paris(), { extraRules: [vandal] });
    const failures = report.findings.filter((f) => f.rule === "vandal");
    expect(failures[0]!.message).toMatch(/tried to change what it was given/);
    expect(report.findings.some((f) => f.clusters?.some((c) => c.value === 999))).toBe(false);
  });
});

describe("corpus-scoped rules", () => {
  it("run on a corpus with no claims", () => {
    const census = defineRule({
      id: "census",
      meta: { description: "test", messages: { n: "{n} sources" } },
      create(ctx) {
        ctx.report({ kind: "note", messageId: "n", data: { n: ctx.corpus.sources.length }, subject: null, predicate: null, claims: [] });
      },
    });
    const empty = corpusOf({ format: "corroborate/v1", sources: [{ id: "a", outlet: "A" }], claims: [] });
    expect(check(empty, { builtins: false, extraRules: [census] }).findings.map((f) => f.message)).toEqual(["1 sources"]);
  });
});

describe("findings carry their rule's documentation", () => {
  it("as url", () => {
    const documented = defineRule({
      id: "documented",
      meta: { description: "test", docsUrl: "https://example.org/rules/documented", messages: { m: "m" } },
      create(ctx) {
        ctx.report({ kind: "note", messageId: "m", subject: null, predicate: null, claims: [] });
      },
    });
    expect(check(paris(), { builtins: false, extraRules: [documented] }).findings[0]!.url).toBe("https://example.org/rules/documented");
  });
});
