import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/check.js";
import { ConfigError } from "../../src/engine/config.js";
import { defineRule } from "../../src/engine/define-rule.js";
import { builtinRules } from "../../src/rules/index.js";
import { corpusOf, fixture, ROOT } from "../helpers.js";

const paris = () => corpusOf(fixture("paris-agreement.json"));
const departures = () => corpusOf(fixture("departures.json"));

describe("check", () => {
  it("runs every built-in rule on stories other than the seeds", () => {
    const rules = new Set([...check(paris()).findings, ...check(departures()).findings].map((f) => f.rule));
    expect([...rules].sort()).toEqual(builtinRules.map((r) => r.id).sort());
  });

  it("counts findings by kind in the summary", () => {
    const report = check(paris());
    const count = (kind: string) => report.findings.filter((f) => f.kind === kind).length;
    expect(report.summary).toEqual({ sources: 6, claims: 21, agreements: count("agreement"), discrepancies: count("discrepancy"), notes: count("note") });
  });

  it("gives byte-identical output for the same corpus", () => {
    expect(JSON.stringify(check(paris()))).toBe(JSON.stringify(check(paris())));
  });

  it("does not depend on the order of rules' findings: discrepancies come first within a predicate", () => {
    const findings = check(paris()).findings.filter((f) => f.subject === "paris-agreement" && f.predicate === "signedOn");
    expect(findings.map((f) => f.kind)).toEqual(["discrepancy", "discrepancy", "note", "note", "note"]);
  });

  it("lists every claim of a finding in corpus order", () => {
    const order = paris().claims.map((c) => c.id);
    for (const f of check(paris()).findings) {
      const positions = f.claims.map((id) => order.indexOf(id));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it("explains every claim once, in corpus order: source, value as written and resolved, quote", () => {
    const report = check(paris());
    expect(Object.keys(report.claims)).toEqual(paris().claims.map((c) => c.id));
    for (const e of Object.values(report.claims)) {
      expect(e.outlet.length).toBeGreaterThan(0);
      expect(e.quote.length).toBeGreaterThan(0);
      expect(e.written.length).toBeGreaterThan(0);
    }
    for (const f of report.findings) for (const id of f.claims) expect(report.claims[id]).toBeDefined();
  });

  it("counts a republished copy once, and says so", () => {
    const signed = check(paris()).findings.find((f) => f.rule === "date-consistency" && f.predicate === "signedOn")!;
    expect(signed.clusters?.[0]).toMatchObject({ value: "2016-04-22", independentSources: 3, sources: ["wire", "daily", "herald", "monthly"] });
    expect(signed.note).toContain("Counted once: daily republishes wire.");
  });
});

describe("rule isolation", () => {
  const boom = defineRule({
    id: "boom",
    meta: { description: "always throws", messages: { m: "m" } },
    create() {
      throw new Error("kaboom");
    },
  });

  it("turns a throwing rule into one error finding and runs every other rule", () => {
    const report = check(paris(), { extraRules: [boom] });
    const failed = report.findings.filter((f) => f.rule === "boom");
    expect(failed).toEqual([
      {
        rule: "boom",
        kind: "note",
        severity: "error",
        subject: null,
        predicate: null,
        claims: [],
        message: 'Rule "boom" failed and reported nothing: kaboom',
        messageId: "ruleFailed",
        data: { rule: "boom", reason: "kaboom" },
      },
    ]);
    expect(report.findings.length).toBe(check(paris()).findings.length + 1);
  });

  it("drops what a rule reported before it threw", () => {
    const half = defineRule({
      id: "half",
      meta: { description: "reports then throws", messages: { m: "m" } },
      create(ctx) {
        ctx.report({ kind: "discrepancy", messageId: "m", subject: "s", predicate: null, claims: [ctx.claims[0]!], clusters: [{ value: "x", claims: [ctx.claims[0]!] }] });
        throw new Error("late");
      },
    });
    const findings = check(paris(), { builtins: false, extraRules: [half] }).findings;
    expect(findings.map((f) => f.messageId)).toEqual(["ruleFailed"]);
  });
});

describe("configuration", () => {
  it("turns a rule off", () => {
    const report = check(paris(), { rules: { "single-source": "off" } });
    expect(report.findings.some((f) => f.rule === "single-source")).toBe(false);
  });

  it("sets a rule's severity", () => {
    const report = check(paris(), { rules: { "weekday-mismatch": "error" } });
    expect(report.findings.filter((f) => f.rule === "weekday-mismatch").map((f) => f.severity)).toEqual(["error"]);
  });

  it("passes options validated by the rule's schema", () => {
    const report = check(paris(), { rules: { "status-timeline": ["on", { reportOnTime: false }] } });
    expect(report.findings.some((f) => f.messageId === "onTime")).toBe(false);
  });

  it("throws one ConfigError listing every mistake", () => {
    let error: unknown;
    try {
      check(paris(), { rules: { "no-such-rule": "error", "status-timeline": ["warning", { reportOnTime: "yes" }], "date-consistency": "loud" as never } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'unknown rule "no-such-rule"',
      'rule "date-consistency": "loud" is not off, info, warning or error',
      'rule "status-timeline": option "reportOnTime": expected true or false',
    ]);
  });

  it("rejects options for a rule that takes none", () => {
    expect(() => check(paris(), { rules: { "single-source": ["warning", { x: 1 }] } })).toThrow('rule "single-source" takes no options');
  });
});

describe("src/ is about no story in particular", () => {
  it("names neither Iran nor Iraq nor any seed subject or predicate", () => {
    const words = /\b(iran|iraq|tehran|baghdad|kurd\w*|sudani|araghchi|araji|khafaji|tasnim|menafn|xinhua|border-security|signedOn|implementationStatus)\b/i;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else readFileSync(path, "utf8").split("\n").forEach((line, i) => words.test(line) && offenders.push(`${path}:${i + 1}: ${line.trim()}`));
      }
    };
    walk(join(ROOT, "src"));
    expect(offenders).toEqual([]);
  });
});
