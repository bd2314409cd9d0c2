import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defineRule } from "../../src/engine/define-rule.js";
import * as z from "zod";
import type { TestCorpus } from "../../src/testing/index.js";
import { harness } from "./harness.js";

/** Notes every claim whose quote is shorter than `minWords` words. */
const shortQuote = defineRule({
  id: "short-quote",
  meta: { description: "test", messages: { short: "{claim} has {words} words." } },
  options: z.strictObject({ minWords: z.number().int().positive().default(3) }),
  create(ctx) {
    for (const c of ctx.claims) {
      const words = c.claim.quote.split(/\s+/).length;
      if (words < ctx.options.minWords) {
        ctx.report({ kind: "note", messageId: "short", data: { claim: c.claim.id, words }, subject: c.claim.subject, predicate: c.claim.predicate, claims: [c] });
      }
    }
  },
});

const corpus = (quote: string): TestCorpus => ({
  sources: [{ id: "a", outlet: "A" }],
  claims: [{ id: "a1", source: "a", subject: "s", predicate: "p", value: { type: "text", value: "x" }, quote }],
});
const found = (words: number) => [{ messageId: "short", claims: ["a1"], data: { claim: "a1", words } }];

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "corroborate-fixtures-"));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

/** Write one case folder: each file given as a value (written as JSON) or as raw text. */
function folder(name: string, files: Record<string, unknown>): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}

describe("RuleTester fixture folders: one folder per case", () => {
  it("runs each folder as a case named after it, in name order; findings.json makes it invalid, its absence valid", () => {
    folder("b-long-enough", { "corpus.json": corpus("a long enough quote") });
    folder("a-too-short", { "corpus.json": corpus("short"), "findings.json": found(1) });
    folder("c-strict-options", { "corpus.json": corpus("a long enough quote"), "options.json": { minWords: 10 }, "findings.json": found(4) });
    folder("d-nothing-at-all", { "corpus.json": corpus("another long enough quote"), "findings.json": [] });
    const h = harness();
    h.tester.run(shortQuote, { fixtures: root });
    expect(Object.entries(h.outcomes)).toEqual([
      ["invalid: a-too-short", "passed"],
      ["valid: b-long-enough", "passed"],
      ["invalid: c-strict-options", "passed"],
      ["valid: d-nothing-at-all", "passed"],
    ]);
  });

  it("holds fixture cases to the same checks as inline ones", () => {
    folder("wrong-words", { "corpus.json": corpus("short"), "findings.json": found(2) });
    folder("bad-options", { "corpus.json": corpus("short"), "options.json": { minWords: "many" } });
    const h = harness();
    h.tester.run(shortQuote, { fixtures: root });
    expect(h.outcomes["invalid: wrong-words"]).toContain("data.words: expected 2, got 1");
    expect(h.outcomes["valid: bad-options"]).toMatch(/^failed: case "bad-options": the options are invalid for short-quote:\n {2}rule "short-quote": option "minWords": /);
  });

  it("lays fixture corpora over the suite's defaults", () => {
    folder("no-sources-of-its-own", {
      "corpus.json": { claims: [{ id: "a1", source: "a", subject: "s", predicate: "p", value: { type: "text", value: "x" }, quote: "short" }] },
      "findings.json": found(1),
    });
    const h = harness({ corpus: { sources: [{ id: "a", outlet: "A" }] } });
    h.tester.run(shortQuote, { fixtures: root });
    expect(h.outcomes["invalid: no-sources-of-its-own"]).toBe("passed");
  });

  it("runs inline cases and fixture cases together, refusing one that duplicates another", () => {
    folder("short", { "corpus.json": corpus("short"), "findings.json": found(1) });
    const h = harness();
    expect(() => h.tester.run(shortQuote, { invalid: [{ name: "inline", corpus: corpus("short"), findings: [{ messageId: "short", claims: ["a1"] }] }], fixtures: root })).toThrow(
      'short-quote: duplicate case: "short" has the same corpus and options as "inline"',
    );
  });

  it("fails a folder that cannot be read, with every problem, and still runs the others", () => {
    folder("bad-json", { "corpus.json": '{ "sources": [\n  { "id": "a" "outlet": "A" }\n] }' });
    folder("typo-in-name", { "corpus.json": corpus("short"), "finding.json": found(1) });
    folder("no-corpus", { "findings.json": found(1) });
    folder("typo-in-findings", { "corpus.json": corpus("short"), "findings.json": [{ messageId: "short", claim: ["a1"], kind: "warning" }] });
    folder("fine", { "corpus.json": corpus("a long enough quote") });
    const h = harness();
    h.tester.run(shortQuote, { fixtures: root });
    expect(h.outcomes["valid: fine"]).toBe("passed");
    expect(h.outcomes["valid: bad-json"]).toMatch(/^failed: case "bad-json": fixture folder .*bad-json cannot be read:\n {2}corpus\.json:2:\d+: /);
    expect(h.outcomes["valid: typo-in-name"]).toContain("finding.json: unknown file (a case folder holds corpus.json, options.json and findings.json)");
    expect(h.outcomes["invalid: no-corpus"]).toContain("corpus.json: missing (every case folder needs one)");
    const typo = h.outcomes["invalid: typo-in-findings"]!;
    expect(typo).toContain("findings.json[0].claim: unknown field");
    expect(typo).toContain("findings.json[0].claims: required, an array of claim ids");
    expect(typo).toContain("findings.json[0].kind: agreement, discrepancy or note");
  });

  it("refuses a fixture path that is not a folder of case folders", () => {
    const h = harness();
    expect(() => h.tester.run(shortQuote, { fixtures: join(root, "nowhere") })).toThrow(/no fixture folder at .*nowhere/);
    expect(() => h.tester.run(shortQuote, { fixtures: root })).toThrow(/holds no case folders/);
  });
});

describe("RuleTester fixture folders: regenerating expected findings", () => {
  it(`with CORROBORATE_UPDATE_FIXTURES=1, writes what the rule reports to findings.json instead of comparing`, () => {
    const stale = folder("stale", { "corpus.json": corpus("short"), "findings.json": found(7) });
    const fresh = folder("fresh", { "corpus.json": corpus("tiny") });
    const quiet = folder("quiet", { "corpus.json": corpus("a long enough quote") });
    vi.stubEnv("CORROBORATE_UPDATE_FIXTURES", "1");
    const h = harness();
    h.tester.run(shortQuote, { fixtures: root });
    expect(h.outcomes).toEqual({ "valid: fresh": "passed", "valid: quiet": "passed", "invalid: stale": "passed" });
    const written = readFileSync(join(stale, "findings.json"), "utf8");
    expect(JSON.parse(written)).toEqual([
      { messageId: "short", kind: "note", severity: "info", subject: "s", predicate: "p", claims: ["a1"], message: "a1 has 1 words.", data: { claim: "a1", words: 1 } },
    ]);
    expect(written.endsWith("]\n")).toBe(true);
    expect(existsSync(join(fresh, "findings.json"))).toBe(true);
    expect(existsSync(join(quiet, "findings.json"))).toBe(false);

    vi.unstubAllEnvs();
    const after = harness();
    after.tester.run(shortQuote, { fixtures: root });
    expect(after.outcomes).toEqual({ "invalid: fresh": "passed", "valid: quiet": "passed", "invalid: stale": "passed" });
  });

  it("still fails what no regeneration can fix: a rule that fails", () => {
    const broken = defineRule({ id: "broken", meta: { description: "test", messages: { m: "m" } }, create() { throw new Error("boom"); } });
    const dir = folder("any", { "corpus.json": corpus("short") });
    vi.stubEnv("CORROBORATE_UPDATE_FIXTURES", "1");
    const h = harness();
    h.tester.run(broken, { fixtures: root });
    expect(h.outcomes["valid: any"]).toBe('failed: case "any": broken failed: boom');
    expect(existsSync(join(dir, "findings.json"))).toBe(false);
  });
});
