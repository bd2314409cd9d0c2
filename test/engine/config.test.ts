import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ConfigError,
  configureRules,
  didYouMean,
  mergeRulesConfig,
  safeConfigureRules,
  severityOf,
  validateRuleOptions,
  type RulesConfig,
} from "../../src/engine/config.js";
import { defineRule } from "../../src/engine/define-rule.js";

const plain = defineRule({ id: "plain-rule", meta: { description: "d", messages: { m: "m" } }, create() {} });
const tunable = defineRule({
  id: "tunable-rule",
  meta: { description: "d", messages: { m: "m" } },
  options: z.object({ threshold: z.number().min(0).max(1).default(0.5) }).strict(),
  create() {},
});
const rules = [plain, tunable];

const severities = (config: RulesConfig) => configureRules(rules, config).map((c) => [c.rule.id, c.severity ?? "default"]);

describe("severity words", () => {
  it.each([
    ["off", "off"],
    [0, "off"],
    ["info", "info"],
    ["warning", "warning"],
    ["warn", "warning"],
    [1, "warning"],
    ["error", "error"],
    [2, "error"],
  ] as const)("%j means %s (ESLint's aliases included)", (level, meaning) => {
    expect(severityOf(level)).toBe(meaning);
  });

  it.each(["loud", "2", "Warning", 3, null, true])("%j is no severity", (level) => {
    expect(severityOf(level)).toBeUndefined();
  });

  it("apply to bare settings and to [severity, options]", () => {
    expect(severities({ "plain-rule": "warn", "tunable-rule": [2, { threshold: 0.9 }] })).toEqual([
      ["plain-rule", "warning"],
      ["tunable-rule", "error"],
    ]);
    expect(severities({ "plain-rule": 0, "tunable-rule": ["off"] })).toEqual([]);
    expect(severities({ "tunable-rule": ["on", { threshold: 0.1 }] })).toEqual([
      ["plain-rule", "default"],
      ["tunable-rule", "default"],
    ]);
  });
});

describe("configuration mistakes, as data", () => {
  const issues = (config: RulesConfig) => {
    const result = safeConfigureRules(rules, config);
    return result.ok ? [] : result.issues.map(({ code, path, message }) => ({ code, path, message }));
  };

  it("an unknown rule id gets the closest known one", () => {
    expect(issues({ "plain-rul": "off" })).toEqual([{ code: "unknown_rule", path: ["plain-rul"], message: 'unknown rule (did you mean "plain-rule"?)' }]);
  });

  it("an unknown rule id far from any known one gets no guess", () => {
    expect(issues({ "zzz-qqq": "error" })).toEqual([{ code: "unknown_rule", path: ["zzz-qqq"], message: "unknown rule" }]);
  });

  it("a severity that is none, whether a word or a number", () => {
    expect(issues({ "plain-rule": "loud" as never, "tunable-rule": [3 as never] })).toEqual([
      { code: "invalid_severity", path: ["plain-rule"], message: '"loud" is not off, info, warning or error' },
      { code: "invalid_severity", path: ["tunable-rule", 0], message: "3 is not 0 (off), 1 (warning) or 2 (error)" },
    ]);
  });

  it("a setting of the wrong shape", () => {
    expect(issues({ "plain-rule": { severity: "error" } as never, "tunable-rule": ["error", {}, "extra"] as never })).toEqual([
      { code: "invalid_setting", path: ["plain-rule"], message: 'a setting is "off", a severity, or [severity, options]' },
      { code: "invalid_setting", path: ["tunable-rule"], message: 'a setting is "off", a severity, or [severity, options]' },
    ]);
  });

  it("options that fail the rule's schema, at their path inside the setting", () => {
    expect(issues({ "tunable-rule": ["error", { threshold: 2 }] })).toEqual([
      { code: "invalid_option", path: ["tunable-rule", 1, "threshold"], message: expect.stringMatching(/<=1/) },
    ]);
  });

  it("options for a rule that takes none", () => {
    expect(issues({ "plain-rule": ["error", { x: 1 }] })).toEqual([
      { code: "unexpected_options", path: ["plain-rule", 1], message: "the rule takes no options" },
    ]);
  });

  it("every mistake at once, in rule order after the unknown ids", () => {
    expect(issues({ "tunable-rule": ["error", { threshold: "x" }], "plain-rule": "loud" as never, nope: "off" }).map((i) => i.code)).toEqual([
      "unknown_rule",
      "invalid_severity",
      "invalid_option",
    ]);
  });

  it("two rules with one id", () => {
    expect(safeConfigureRules([plain, plain], {})).toMatchObject({ ok: false, issues: [{ code: "duplicate_rule", rule: "plain-rule" }] });
  });

  it("is thrown by configureRules as one ConfigError holding a sentence and the data for each", () => {
    let error: unknown;
    try {
      configureRules(rules, { "plain-rul": "error", "tunable-rule": ["warn", { threshold: -1 }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      'unknown rule "plain-rul" (did you mean "plain-rule"?)',
      expect.stringMatching(/^rule "tunable-rule": option "threshold": /),
    ]);
    expect((error as ConfigError).issues.map((i) => i.code)).toEqual(["unknown_rule", "invalid_option"]);
  });
});

describe("rule options", () => {
  it("are validated in one place, defaults filled in", () => {
    expect(validateRuleOptions(tunable, undefined)).toEqual({ ok: true, value: { threshold: 0.5 } });
    expect(validateRuleOptions(tunable, { threshold: 0.8 })).toEqual({ ok: true, value: { threshold: 0.8 } });
    expect(validateRuleOptions(tunable, { thresold: 0.8 })).toMatchObject({ ok: false, issues: [{ path: [] }] });
    expect(validateRuleOptions(plain, undefined)).toEqual({ ok: true, value: undefined });
  });

  it("reach the configured rule", () => {
    expect(configureRules(rules, { "tunable-rule": ["on", { threshold: 0.25 }] }).find((c) => c.rule === tunable)?.options).toEqual({ threshold: 0.25 });
  });
});

describe("layered settings", () => {
  it("a later layer wins", () => {
    expect(mergeRulesConfig({ "plain-rule": "error" }, { "plain-rule": "off" })).toEqual({ "plain-rule": "off" });
    expect(mergeRulesConfig({ "tunable-rule": ["warning", { threshold: 0.9 }] }, { "tunable-rule": ["error", { threshold: 0.1 }] })).toEqual({
      "tunable-rule": ["error", { threshold: 0.1 }],
    });
  });

  it("a later severity alone keeps the options given earlier, as in ESLint", () => {
    expect(mergeRulesConfig({ "tunable-rule": ["warning", { threshold: 0.9 }] }, { "tunable-rule": "error" })).toEqual({
      "tunable-rule": ["error", { threshold: 0.9 }],
    });
  });

  it("never lets a key named __proto__ reach a prototype", () => {
    const merged = mergeRulesConfig(JSON.parse('{"__proto__": "error"}') as RulesConfig);
    expect(Object.keys(merged)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(safeConfigureRules(rules, merged)).toMatchObject({ ok: false, issues: [{ code: "unknown_rule", rule: "__proto__" }] });
  });
});

describe("did you mean", () => {
  it("suggests a close candidate and nothing for a distant or very short word", () => {
    expect(didYouMean("single-sorce", ["single-source", "date-consistency"])).toBe("single-source");
    expect(didYouMean("fromat", ["format", "output"])).toBe("format");
    expect(didYouMean("xy", ["format"])).toBeUndefined();
    expect(didYouMean("anything", [])).toBeUndefined();
  });
});

import { statusTimeline } from "../../src/rules/status-timeline.js";

describe("the documented examples of rule configuration", () => {
  it("validateRuleOptions names the option and says what it expects", () => {
    expect(validateRuleOptions(statusTimeline, { reportOnTime: "yes" })).toEqual({ ok: false, issues: [{ path: ["reportOnTime"], message: "expected true or false" }] });
  });

  it("mergeRulesConfig keeps the options of an earlier layer when a later one gives only a severity", () => {
    expect(mergeRulesConfig({ "status-timeline": ["warning", { reportOnTime: false }] }, { "status-timeline": "error" })).toEqual({ "status-timeline": ["error", { reportOnTime: false }] });
  });
});
