import levenshtein from "fast-levenshtein";
import type { AnyRule } from "./define-rule.js";
import type { Severity } from "./types.js";

/**
 * A severity as a setting may write it. ESLint's aliases are accepted so that a
 * configuration copied from an ESLint habit means what its author meant:
 * `"warn"` and `1` are `"warning"`, `2` is `"error"` (and `0` is `"off"`).
 */
export type SeverityLevel = Severity | "warn" | 1 | 2;

/** A rule's setting, as in ESLint: off, a severity, or a severity with options (`"on"` keeps the rule's own severity). */
export type RuleSetting = "off" | 0 | SeverityLevel | readonly ["off" | 0 | "on" | SeverityLevel, unknown?];

/** Settings by rule id. Rules not named run with their defaults. */
export type RulesConfig = Readonly<Record<string, RuleSetting>>;

/** A rule ready to run: its options parsed, its severity override if any. */
export interface ConfiguredRule {
  readonly rule: AnyRule;
  readonly options: unknown;
  readonly severity: Severity | undefined;
}

/**
 * One mistake in a configuration, as data: where it is and what is wrong, so a
 * caller can say it in its own terms (the command line prefixes the config
 * file's name; {@link ConfigError} writes a sentence).
 */
export interface ConfigIssue {
  readonly code: "unknown_rule" | "duplicate_rule" | "invalid_severity" | "invalid_setting" | "invalid_option" | "unexpected_options";
  /** The rule the issue is about. */
  readonly rule: string;
  /**
   * Where, from the rules configuration: `["single-sorce"]`,
   * `["status-timeline", 1, "reportOnTime"]` (the options are the setting's
   * second element).
   */
  readonly path: readonly (string | number)[];
  /** What is wrong, without saying where: `unknown rule (did you mean "single-source"?)`. */
  readonly message: string;
}

/**
 * Thrown by `check` for a configuration mistake (unknown rule, invalid options):
 * a programmer error, not bad data. `issues` lists every mistake with its path;
 * use {@link safeConfigureRules} to get them as data instead.
 *
 * @example
 * ```ts
 * try {
 *   check(corpus, { rules: { "single-sorce": "off" } });
 * } catch (error) {
 *   if (error instanceof ConfigError) console.error(error.problems.join("\n")); // unknown rule "single-sorce" (did you mean "single-source"?)
 * }
 * ```
 */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  /**
   * @param problems - one sentence per mistake
   * @param issues - the same mistakes as data
   */
  constructor(
    readonly problems: readonly string[],
    readonly issues: readonly ConfigIssue[] = [],
  ) {
    super(`invalid corroborate configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

/** Every way a setting may name a level, and what it means. */
const LEVELS: ReadonlyMap<unknown, Severity | "off"> = new Map<unknown, Severity | "off">([
  ["off", "off"],
  [0, "off"],
  ["info", "info"],
  ["warning", "warning"],
  ["warn", "warning"],
  [1, "warning"],
  ["error", "error"],
  [2, "error"],
]);

/**
 * What a severity word or number means: `"warn"` and `1` are `"warning"`, `2`
 * is `"error"`, `0` is `"off"`; `undefined` for anything else.
 *
 * @example
 * ```ts
 * severityOf("warn"); // "warning"
 * severityOf(0);      // "off"
 * severityOf("loud"); // undefined
 * ```
 */
export function severityOf(level: unknown): Severity | "off" | undefined {
  return LEVELS.get(level);
}

/**
 * The candidate closest to a mistyped word, when it is close enough to be a
 * typo (and the word not so short that everything is close); `undefined` otherwise.
 *
 * @example
 * ```ts
 * didYouMean("single-sorce", ["single-source", "date-consistency"]); // "single-source"
 * ```
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = levenshtein.get(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance < word.length && bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

/** An option's problems, each with its path inside the options. */
export type OptionsResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly { readonly path: readonly (string | number)[]; readonly message: string }[] };

/**
 * Validate a rule's options against its schema (absent options take the
 * schema's defaults). Every check of rule options goes through here, so the
 * schema library behind it can change in one place.
 *
 * @example
 * ```ts
 * validateRuleOptions(statusTimeline, { reportOnTime: "yes" }); // { ok: false, issues: [{ path: ["reportOnTime"], message: "expected true or false" }] }
 * ```
 */
export function validateRuleOptions(rule: AnyRule, raw: unknown): OptionsResult {
  if (rule.options === undefined) {
    return raw === undefined ? { ok: true, value: undefined } : { ok: false, issues: [{ path: [], message: "the rule takes no options" }] };
  }
  // Any Standard Schema validator (zod, valibot, arktype …): the rule's options are whatever it returns.
  const result = rule.options["~standard"].validate(raw ?? {});
  if (result instanceof Promise) {
    result.then(undefined, () => undefined); // never an unhandled rejection in the host
    return { ok: false, issues: [{ path: [], message: "the rule's options schema validates asynchronously; a check needs a synchronous one" }] };
  }
  if (result.issues === undefined) return { ok: true, value: result.value };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: (issue.path ?? []).map((segment) => {
        const key = typeof segment === "object" && segment !== null ? segment.key : segment;
        return typeof key === "number" ? key : String(key);
      }),
      message: issue.message,
    })),
  };
}

/**
 * Layer rule settings, later layers winning (a config file, then the command
 * line). As in ESLint, a later layer that gives only a severity keeps the
 * options an earlier one gave.
 *
 * @example
 * ```ts
 * mergeRulesConfig({ "status-timeline": ["warning", { reportOnTime: false }] }, { "status-timeline": "error" });
 * // { "status-timeline": ["error", { reportOnTime: false }] }
 * ```
 */
export function mergeRulesConfig(...layers: readonly RulesConfig[]): RulesConfig {
  const merged: Record<string, RuleSetting> = Object.create(null);
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer)) {
      const earlier = merged[id];
      const keepsOptions = !Array.isArray(setting) && severityOf(setting) !== "off" && Array.isArray(earlier) && earlier.length > 1;
      merged[id] = keepsOptions ? ([setting as SeverityLevel, (earlier as readonly unknown[])[1]] as const) : setting;
    }
  }
  return merged;
}

/** The result of {@link safeConfigureRules}: the rules ready to run, or every mistake. */
export type ConfigureResult =
  | { readonly ok: true; readonly configured: readonly ConfiguredRule[] }
  | { readonly ok: false; readonly issues: readonly ConfigIssue[] };

/**
 * Resolve the configuration against the available rules, collecting every
 * unknown rule id (with a "did you mean"), every setting that is not a
 * severity, and every option that fails its rule's schema. Never throws.
 *
 * @example
 * ```ts
 * const result = safeConfigureRules(builtinRules, { "single-sorce": "off" });
 * if (!result.ok) result.issues[0]?.message; // 'unknown rule (did you mean "single-source"?)'
 * ```
 */
export function safeConfigureRules(rules: readonly AnyRule[], config: RulesConfig = {}): ConfigureResult {
  const issues: ConfigIssue[] = [];
  const byId = new Map<string, AnyRule>();
  for (const rule of rules) {
    if (byId.has(rule.id)) issues.push({ code: "duplicate_rule", rule: rule.id, path: [rule.id], message: `two rules share the id "${rule.id}"` });
    byId.set(rule.id, rule);
  }
  for (const id of Object.keys(config)) {
    if (byId.has(id)) continue;
    const near = didYouMean(id, byId.keys());
    issues.push({ code: "unknown_rule", rule: id, path: [id], message: `unknown rule${near === undefined ? "" : ` (did you mean "${near}"?)`}` });
  }
  const configured: ConfiguredRule[] = [];
  for (const rule of rules) {
    const setting: unknown = Object.prototype.hasOwnProperty.call(config, rule.id) ? config[rule.id] : undefined;
    const read = readSetting(rule.id, setting, issues);
    if (read === "off") continue;
    const options = validateRuleOptions(rule, read.raw);
    if (options.ok) configured.push({ rule, options: options.value, severity: read.severity });
    else {
      for (const issue of options.issues) {
        issues.push({
          code: rule.options === undefined ? "unexpected_options" : "invalid_option",
          rule: rule.id,
          path: [rule.id, 1, ...issue.path],
          message: issue.message,
        });
      }
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, configured };
}

/**
 * {@link safeConfigureRules} for callers that treat a mistake as a programmer
 * error: it throws one {@link ConfigError} holding every mistake.
 *
 * @example
 * ```ts
 * const configured = configureRules(builtinRules, { "single-source": "off" });
 * ```
 */
export function configureRules(rules: readonly AnyRule[], config: RulesConfig = {}): ConfiguredRule[] {
  const result = safeConfigureRules(rules, config);
  if (!result.ok) throw new ConfigError(result.issues.map(describeConfigIssue), result.issues);
  return [...result.configured];
}

/**
 * One issue as a sentence that names its rule (the library's wording; the
 * command line writes `file: rules["id"]: message` instead).
 *
 * @example
 * ```ts
 * describeConfigIssue({ code: "unknown_rule", rule: "x", path: ["x"], message: "unknown rule" }); // 'unknown rule "x"'
 * ```
 */
export function describeConfigIssue(issue: ConfigIssue): string {
  switch (issue.code) {
    case "unknown_rule":
      return `unknown rule "${issue.rule}"${issue.message.slice("unknown rule".length)}`;
    case "duplicate_rule":
      return `two rules share the id "${issue.rule}"`;
    case "unexpected_options":
      return `rule "${issue.rule}" takes no options`;
    case "invalid_option": {
      const within = issue.path.slice(2);
      return `rule "${issue.rule}": option ${within.length > 0 ? `"${within.join(".")}"` : "value"}: ${issue.message}`;
    }
    default:
      return `rule "${issue.rule}": ${issue.message}`;
  }
}

const LEVEL_WORDS = "off, info, warning or error";

/** A setting's severity and raw options, or "off"; a malformed setting adds an issue and runs the rule with its defaults. */
function readSetting(id: string, setting: unknown, issues: ConfigIssue[]): "off" | { severity: Severity | undefined; raw: unknown } {
  if (setting === undefined) return { severity: undefined, raw: undefined };
  if (!Array.isArray(setting)) {
    const level = severityOf(setting);
    if (level === "off") return "off";
    if (level === undefined) issues.push(severityIssue(id, [id], setting));
    return { severity: level, raw: undefined };
  }
  if (setting.length < 1 || setting.length > 2) {
    issues.push({ code: "invalid_setting", rule: id, path: [id], message: `a setting is "off", a severity, or [severity, options]` });
    return { severity: undefined, raw: undefined };
  }
  const [first, raw] = setting as unknown as readonly [unknown, unknown?];
  if (first === "on") return { severity: undefined, raw };
  const level = severityOf(first);
  if (level === "off") return "off";
  if (level === undefined) issues.push(severityIssue(id, [id, 0], first, true));
  return { severity: level, raw };
}

function severityIssue(id: string, path: readonly (string | number)[], level: unknown, orOn = false): ConfigIssue {
  const words = orOn ? "on, info, warning or error" : LEVEL_WORDS;
  const message =
    typeof level === "number"
      ? `${level} is not 0 (off), 1 (warning) or 2 (error)`
      : typeof level === "string"
        ? `"${level}" is not ${words}`
        : `a setting is "off", a severity, or [severity, options]`;
  return { code: typeof level === "string" || typeof level === "number" ? "invalid_severity" : "invalid_setting", rule: id, path, message };
}
