import { describe, expect, it } from "vitest";
import * as z from "zod";
import type { ReportDescriptor, RuleContext } from "../../src/engine/context.js";
import { defineRule } from "../../src/engine/define-rule.js";
import { RuleTester, type TestClaim, type TestCorpus, type TestSource } from "../../src/testing/index.js";
import { harness } from "./harness.js";

const sources: TestSource[] = [
  { id: "wire", outlet: "Wire", publishedAt: "2016-04-22" },
  { id: "herald", outlet: "Herald", publishedAt: "2016-04-23" },
];
const signed = (id: string, source: string, value: string, subject = "paris-agreement"): TestClaim => ({
  id, source, subject, predicate: "signedOn", value: { type: "date", value }, quote: `signed on ${value}`,
});
const twoDates: TestCorpus = { sources, claims: [signed("w1", "wire", "2016-04-22"), signed("h1", "herald", "2015-12")] };

/** A rule that reports one discrepancy per group whose values differ, with every field a finding can carry. */
const conflict = defineRule({
  id: "conflict",
  meta: {
    description: "test",
    docsUrl: "https://example.org/rules/conflict",
    messages: { conflict: "{subject} was {first} or {second}." },
  },
  create(ctx) {
    for (const group of ctx.groups) {
      const clusters = ctx.clusters(group.claims);
      if (clusters.length < 2) continue;
      ctx.report({
        kind: "discrepancy",
        messageId: "conflict",
        data: { subject: group.subject, first: String(clusters[0]!.value), second: String(clusters[1]!.value) },
        subject: group.subject,
        predicate: group.predicate,
        claims: group.claims,
        clusters,
        note: "the dates do not overlap",
      });
    }
  },
});

/** A rule that reports whatever `descriptor` makes of the first claim (the engine checks it). */
const reporting = (descriptor: (ctx: RuleContext<undefined, "found">) => ReportDescriptor<"found">) =>
  defineRule({
    id: "reporting",
    meta: { description: "test", messages: { found: "Found {thing}." } },
    create(ctx) {
      ctx.report(descriptor(ctx));
    },
  });
const note = (ctx: RuleContext<undefined, "found">): ReportDescriptor<"found"> => ({
  kind: "note", messageId: "found", data: { thing: "x" }, subject: "paris-agreement", predicate: "signedOn", claims: [ctx.claims[0]!],
});

describe("RuleTester: a case passes when the rule's findings are the expected ones", () => {
  it("checks every field a case gives: message, subject, predicate, note, url, severity, kind, data and clusters", () => {
    const h = harness();
    h.tester.run(conflict, {
      invalid: [
        {
          name: "everything",
          corpus: twoDates,
          findings: [
            {
              messageId: "conflict",
              claims: ["w1", "h1"],
              kind: "discrepancy",
              severity: "warning",
              message: "paris-agreement was 2016-04-22 or 2015-12.",
              subject: "paris-agreement",
              predicate: "signedOn",
              note: "the dates do not overlap",
              url: "https://example.org/rules/conflict",
              data: { first: "2016-04-22" },
              clusters: [{ value: "2016-04-22", claims: ["w1"], independentSources: 1 }, "2015-12"],
            },
          ],
        },
        {
          name: "patterns",
          corpus: { ...twoDates, title: "patterns" },
          findings: [{ messageId: "conflict", claims: ["w1", "h1"], message: /2016-04-22 or 2015-12/, note: /overlap/ }],
        },
      ],
    });
    expect(h.outcomes).toEqual({ "invalid: everything": "passed", "invalid: patterns": "passed" });
  });

  it("fails naming each field that differs", () => {
    const h = harness();
    h.tester.run(conflict, {
      invalid: [
        {
          name: "fields",
          corpus: twoDates,
          findings: [
            {
              messageId: "conflict",
              claims: ["w1", "h1"],
              kind: "note",
              severity: "error",
              message: "paris-agreement was 2016-04-22 or 2015.",
              subject: "other",
              predicate: null,
              note: /disagree/,
              url: "https://example.org/elsewhere",
              data: { second: "2016" },
            },
          ],
        },
      ],
    });
    expect(h.outcomes["invalid: fields"]).toBe(
      [
        'failed: case "fields": finding 1 (paris-agreement was 2016-04-22 or 2015-12.):',
        '  kind: expected "note", got "discrepancy"',
        '  severity: expected "error", got "warning"',
        '  message: expected "paris-agreement was 2016-04-22 or 2015.", got "paris-agreement was 2016-04-22 or 2015-12."',
        '  subject: expected "other", got "paris-agreement"',
        '  predicate: expected null, got "signedOn"',
        '  note: expected /disagree/, got "the dates do not overlap"',
        '  url: expected "https://example.org/elsewhere", got "https://example.org/rules/conflict"',
        '  data.second: expected "2016", got "2015-12"',
      ].join("\n"),
    );
  });

  it("compares clusters in order: their values, and their claims and independent sources when given", () => {
    const h = harness();
    h.tester.run(conflict, {
      invalid: [
        { name: "order", corpus: twoDates, findings: [{ messageId: "conflict", claims: ["w1", "h1"], clusters: ["2015-12", "2016-04-22"] }] },
        {
          name: "claims",
          corpus: { ...twoDates, title: "claims" },
          findings: [{ messageId: "conflict", claims: ["w1", "h1"], clusters: [{ value: "2016-04-22", claims: ["h1"], independentSources: 2 }, "2015-12"] }],
        },
        { name: "count", corpus: { ...twoDates, title: "count" }, findings: [{ messageId: "conflict", claims: ["w1", "h1"], clusters: ["2016-04-22"] }] },
      ],
    });
    expect(h.outcomes["invalid: order"]).toContain('clusters[0].value: expected "2015-12", got "2016-04-22"');
    expect(h.outcomes["invalid: claims"]).toContain('clusters[0].claims: expected ["h1"], got ["w1"]');
    expect(h.outcomes["invalid: claims"]).toContain("clusters[0].independentSources: expected 2, got 1");
    expect(h.outcomes["invalid: count"]).toContain('clusters: expected 1 (["2016-04-22"]), got 2 (["2016-04-22","2015-12"])');
  });

  it("fails when claims or the number of findings differ", () => {
    const h = harness();
    h.tester.run(conflict, {
      invalid: [
        { name: "claims", corpus: twoDates, findings: [{ messageId: "conflict", claims: ["h1", "w1"] }] },
        {
          name: "count",
          corpus: { ...twoDates, title: "count" },
          findings: [{ messageId: "conflict", claims: ["w1", "h1"] }, { messageId: "conflict", claims: ["w1", "h1"] }],
        },
      ],
    });
    expect(h.outcomes["invalid: claims"]).toContain('claims: expected ["h1","w1"], got ["w1","h1"]');
    expect(h.outcomes["invalid: count"]).toMatch(/^failed: case "count": expected 2 findings, conflict reported 1:\n {2}discrepancy\/warning conflict \[w1, h1\]/);
  });
});

describe("RuleTester: valid and invalid cases", () => {
  it("fails a valid case on which the rule reports a discrepancy or a warning", () => {
    const h = harness();
    h.tester.run(conflict, { valid: [{ name: "v", corpus: twoDates }] });
    h.tester.run(reporting((ctx) => ({ ...note(ctx), severity: "warning" })), { valid: [{ name: "w", corpus: twoDates }] });
    expect(h.outcomes["valid: v"]).toMatch(/^failed: case "v": expected no discrepancy or warning, but conflict reported:\n {2}discrepancy\/warning/);
    expect(h.outcomes["valid: w"]).toMatch(/^failed: case "w": expected no discrepancy or warning, but reporting reported:\n {2}note\/warning/);
  });

  it("passes a valid case with notes, and checks them exactly when the case lists findings", () => {
    const h = harness();
    h.tester.run(reporting(note), {
      valid: [
        { name: "any", corpus: twoDates },
        { name: "exact", corpus: { ...twoDates, title: "exact" }, findings: [{ messageId: "found", claims: ["w1"], data: { thing: "x" } }] },
        { name: "none", corpus: { ...twoDates, title: "none" }, findings: [] },
      ],
    });
    expect(h.outcomes).toEqual({
      "valid: any": "passed",
      "valid: exact": "passed",
      "valid: none": 'failed: case "none": expected 0 findings, reporting reported 1:\n  note/info found [w1]: Found x.',
    });
  });

  it("fails an invalid case that expects no finding (a type error too)", () => {
    const h = harness();
    h.tester.run(reporting(note), {
      invalid: [
        // @ts-expect-error -- an invalid case lists at least one finding
        { name: "empty", corpus: twoDates, findings: [] },
        // @ts-expect-error -- an invalid case lists its findings
        { name: "missing", corpus: { ...twoDates, title: "missing" } },
      ],
    });
    expect(h.outcomes["invalid: empty"]).toBe('failed: case "empty": an invalid case must expect at least one finding');
    expect(h.outcomes["invalid: missing"]).toBe('failed: case "missing": an invalid case must expect at least one finding');
  });

  it("fails a case expecting a message id the rule does not define", () => {
    const h = harness();
    h.tester.run(reporting(note), {
      // @ts-expect-error -- "other" is not one of the rule's message ids
      invalid: [{ name: "i", corpus: twoDates, findings: [{ messageId: "other", claims: ["w1"] }] }],
    });
    expect(h.outcomes["invalid: i"]).toBe('failed: case "i": expects messageId "other", which reporting does not define');
  });

  it("names a case by its name, else its corpus title, else its position", () => {
    const h = harness();
    h.tester.run(reporting(note), { valid: [{ corpus: { ...twoDates, title: "Paris" } }, { corpus: twoDates }] });
    expect(Object.keys(h.outcomes)).toEqual(["valid: Paris", "valid: valid #2"]);
  });
});

describe("RuleTester: what the engine refuses fails the case with the engine's reason", () => {
  const refused = (descriptor: (ctx: RuleContext<undefined, "found">) => unknown) => {
    const h = harness();
    h.tester.run(reporting(descriptor as (ctx: RuleContext<undefined, "found">) => ReportDescriptor<"found">), { valid: [{ name: "v", corpus: twoDates }] });
    return h.outcomes["valid: v"];
  };

  it("an unknown message id, kind or severity", () => {
    expect(refused((ctx) => ({ ...note(ctx), messageId: "nope" }))).toBe(
      'failed: case "v": reporting failed: rule "reporting" reported an invalid finding: unknown messageId "nope"',
    );
    expect(refused((ctx) => ({ ...note(ctx), kind: "bogus" }))).toContain('kind "bogus" is not agreement, discrepancy or note');
    expect(refused((ctx) => ({ ...note(ctx), severity: "critical" }))).toContain('severity "critical" is not info, warning or error');
  });

  it("a discrepancy without the clusters that conflict", () => {
    expect(refused((ctx) => ({ ...note(ctx), kind: "discrepancy" }))).toContain("a discrepancy says which values conflict (clusters)");
  });

  it("a rule that throws, or returns a promise", () => {
    const throws = defineRule({ id: "throws", meta: { description: "test", messages: { m: "m" } }, create() { throw new Error("boom"); } });
    const promises = defineRule({ id: "promises", meta: { description: "test", messages: { m: "m" } }, create: () => Promise.resolve() as unknown as void });
    const h = harness();
    h.tester.run(throws, { valid: [{ name: "t", corpus: twoDates }] });
    h.tester.run(promises, { valid: [{ name: "p", corpus: twoDates }] });
    expect(h.outcomes["valid: t"]).toBe('failed: case "t": throws failed: boom');
    expect(h.outcomes["valid: p"]).toBe('failed: case "p": promises failed: its create() returned a promise; rules are synchronous (no async, no await)');
  });

  it("a subject-scoped rule that fails on one subject only: the case fails, naming the subject", () => {
    const picky = defineRule({
      id: "picky",
      meta: { description: "test", scope: "subject", messages: { m: "{s}" } },
      create(ctx) {
        for (const group of ctx.groups) {
          if (group.subject === "kyoto-protocol") throw new Error("cannot read it");
          ctx.report({ kind: "note", messageId: "m", data: { s: group.subject }, subject: group.subject, predicate: null, claims: group.claims });
        }
      },
    });
    const h = harness();
    h.tester.run(picky, { valid: [{ name: "v", corpus: { sources, claims: [signed("w1", "wire", "2016-04-22"), signed("h1", "herald", "1997-12", "kyoto-protocol")] } }] });
    expect(h.outcomes["valid: v"]).toBe('failed: case "v": picky failed on subject "kyoto-protocol": cannot read it');
  });

  it("an unfilled placeholder", () => {
    expect(refused((ctx) => ({ ...note(ctx), data: {} }))).toBe('failed: case "v": reporting: message "found" left placeholder {thing} unfilled');
  });
});

describe("RuleTester: a rule must not change what it is given", () => {
  it("fails a rule that writes to what the engine froze, with the engine's words", () => {
    const writes = defineRule({
      id: "writes",
      meta: { description: "test", messages: { m: "m" } },
      create(ctx) {
        (ctx.claims[0]!.claim as { quote: string }).quote = "changed";
      },
    });
    const h = harness();
    h.tester.run(writes, { valid: [{ name: "v", corpus: twoDates }] });
    expect(h.outcomes["valid: v"]).toMatch(/^failed: case "v": writes failed: it tried to change what it was given \(.*\); rules must not mutate/);
  });

  it("fails a rule that changes what freezing does not protect, naming what changed", () => {
    const list = z.object({ seen: z.array(z.string()).default([]) });
    const remembers = defineRule({
      id: "remembers",
      meta: { description: "test", messages: { m: "m" } },
      options: list,
      create(ctx) {
        ctx.options.seen.push(ctx.claims[0]!.claim.id);
      },
    });
    const h = harness();
    h.tester.run(remembers, { valid: [{ name: "v", corpus: twoDates }] });
    expect(h.outcomes["valid: v"]).toBe(
      [
        'failed: case "v": remembers mutated what it was given (rules must not change their inputs):',
        "  ctx.options.seen was array(0), now array(1)",
        '  ctx.options.seen[0] was added ("w1")',
      ].join("\n"),
    );
  });
});

describe("RuleTester: options and corpora", () => {
  const limited = defineRule({
    id: "limited",
    meta: { description: "test", messages: { over: "{n} claims" } },
    options: z.strictObject({ limit: z.number().int().positive().default(5) }),
    create(ctx) {
      if (ctx.claims.length > ctx.options.limit) {
        ctx.report({ kind: "note", messageId: "over", data: { n: ctx.claims.length }, subject: null, predicate: null, claims: ctx.claims });
      }
    },
  });

  it("passes the case's options to the rule, and fails on options its schema rejects", () => {
    const h = harness();
    h.tester.run(limited, {
      valid: [{ name: "bad", corpus: twoDates, options: { limit: -1 } }],
      invalid: [{ name: "one", corpus: twoDates, options: { limit: 1 }, findings: [{ messageId: "over", claims: ["w1", "h1"], data: { n: 2 } }] }],
    });
    expect(h.outcomes["invalid: one"]).toBe("passed");
    expect(h.outcomes["valid: bad"]).toMatch(/^failed: case "bad": the options are invalid for limited:\n {2}rule "limited": option "limit": /);
  });

  it("fails on a corpus parseCorpus refuses, naming the case and every problem", () => {
    const h = harness();
    h.tester.run(limited, { valid: [{ name: "v", corpus: { sources: [], claims: [signed("w1", "wire", "2016-02-30")] } }] });
    const outcome = h.outcomes["valid: v"]!;
    expect(outcome).toMatch(/^failed: case "v": the corpus is invalid:\n/);
    expect(outcome).toContain('\n  claims[0].value.value: "2016-02-30" is not a calendar date: 2016-02 has 29 days');
    expect(outcome).toContain('\n  claims[0].source: no source has the id "wire"');
  });

  it("refuses two cases with the same corpus and options before running any", () => {
    const h = harness();
    expect(() => h.tester.run(limited, { valid: [{ name: "one", corpus: twoDates }, { name: "two", corpus: twoDates }] })).toThrow(
      'limited: duplicate case: "two" has the same corpus and options as "one"',
    );
    expect(h.outcomes).toEqual({});
  });

  it("refuses what defineRule did not make", () => {
    const h = harness();
    const fake = { ...limited, __corroborateRule: undefined } as unknown as typeof limited;
    expect(() => h.tester.run(fake, { valid: [] })).toThrow("RuleTester.run needs a rule made by defineRule");
  });
});

describe("RuleTester: shared defaults for a suite", () => {
  const counts = defineRule({
    id: "counts",
    meta: { description: "test", messages: { n: "{sources} sources, {claims} claims, first {first}" } },
    options: z.strictObject({ extra: z.string().default("") }),
    create(ctx) {
      const first = ctx.corpus.sources[0]!;
      ctx.report({
        kind: "note",
        messageId: "n",
        data: { sources: ctx.corpus.sources.length, claims: ctx.claims.length, first: `${first.outlet} ${first.publishedAt ?? "?"}${ctx.options.extra}` },
        subject: null,
        predicate: null,
        claims: ctx.claims,
      });
    },
  });

  it("lays each case's corpus over the defaults', record by record, and lets a case's options replace the defaults'", () => {
    const h = harness({ corpus: { sources, title: "Paris" }, options: { extra: "!" } });
    h.tester.run(counts, {
      invalid: [
        { name: "defaults", corpus: { claims: [signed("w1", "wire", "2016-04-22")] }, findings: [{ messageId: "n", claims: ["w1"], message: "2 sources, 1 claims, first Wire 2016-04-22!" }] },
        {
          name: "a source replaced in place, one added, options replaced",
          corpus: { sources: [{ id: "wire", outlet: "Wire", publishedAt: "2016" }, { id: "daily", outlet: "Daily" }], claims: [signed("w1", "wire", "2016-04-22")] },
          options: { extra: "?" },
          findings: [{ messageId: "n", claims: ["w1"], message: "3 sources, 1 claims, first Wire 2016?" }],
        },
      ],
    });
    expect(h.outcomes).toEqual({ "invalid: defaults": "passed", "invalid: a source replaced in place, one added, options replaced": "passed" });
  });

  it("finds duplicates after merging", () => {
    const h = harness({ corpus: { sources } });
    expect(() =>
      h.tester.run(counts, {
        valid: [
          { name: "one", corpus: { claims: [signed("w1", "wire", "2016-04-22")] } },
          { name: "two", corpus: { sources, claims: [signed("w1", "wire", "2016-04-22")] } },
        ],
      }),
    ).toThrow('counts: duplicate case: "two" has the same corpus and options as "one"');
  });

  it("lets cases leave out only what the defaults give (a type error otherwise)", () => {
    const h = harness();
    h.tester.run(counts, {
      // @ts-expect-error -- without default sources, a case's corpus needs its own
      valid: [{ name: "no sources", corpus: { claims: [signed("w1", "wire", "2016-04-22")] } }],
    });
    expect(h.outcomes["valid: no sources"]).toMatch(/^failed: case "no sources": the corpus is invalid:\n {2}sources: /);
  });
});

describe("RuleTester: skip and only", () => {
  it("registers a skipped case with it.skip and an only case with it.only", () => {
    const h = harness();
    h.tester.run(reporting(note), {
      valid: [
        { name: "skipped", corpus: twoDates, skip: true },
        { name: "alone", corpus: { ...twoDates, title: "alone" }, only: true },
        { name: "plain", corpus: { ...twoDates, title: "plain" } },
      ],
    });
    expect(h.outcomes).toEqual({ "valid: skipped": "skipped", "valid: alone": "passed", "valid: plain": "passed" });
    expect(h.only).toEqual(["valid: alone"]);
  });
});

describe("RuleTester: setting up", () => {
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
