import { z } from "zod";
import type { AnyRule } from "./define-rule.js";
import type { Severity } from "./types.js";

/** A rule's setting, as in ESLint: off, a severity, or a severity with options. */
export type RuleSetting = "off" | Severity | readonly [Severity | "on", unknown?];

/** Settings by rule id. Rules not named run with their defaults. */
export type RulesConfig = Readonly<Record<string, RuleSetting>>;

/** A rule ready to run: its options parsed, its severity override if any. */
export interface ConfiguredRule {
  readonly rule: AnyRule;
  readonly options: unknown;
  readonly severity: Severity | undefined;
}

/** Thrown by `check` for a configuration mistake (unknown rule, invalid options): a programmer error, not bad data. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly problems: readonly string[]) {
    super(`invalid corroborate configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
}

const SEVERITIES = new Set(["info", "warning", "error"]);

/**
 * Resolve the configuration against the available rules: every unknown rule id
 * and every option that fails its rule's schema is reported at once.
 */
export function configureRules(rules: readonly AnyRule[], config: RulesConfig = {}): ConfiguredRule[] {
  const problems: string[] = [];
  const byId = new Map<string, AnyRule>();
  for (const rule of rules) {
    if (byId.has(rule.id)) problems.push(`two rules share the id "${rule.id}"`);
    byId.set(rule.id, rule);
  }
  for (const id of Object.keys(config)) if (!byId.has(id)) problems.push(`unknown rule "${id}"`);
  const configured: ConfiguredRule[] = [];
  for (const rule of rules) {
    const setting = Object.prototype.hasOwnProperty.call(config, rule.id) ? config[rule.id] : undefined;
    if (setting === "off") continue;
    let severity: Severity | undefined;
    let raw: unknown;
    if (typeof setting === "string") {
      if (!SEVERITIES.has(setting)) problems.push(`rule "${rule.id}": "${setting}" is not off, info, warning or error`);
      else severity = setting as Severity;
    } else if (Array.isArray(setting)) {
      const [level, options] = setting as readonly [string, unknown?];
      if (level !== "on" && !SEVERITIES.has(level)) problems.push(`rule "${rule.id}": "${level}" is not on, info, warning or error`);
      else if (level !== "on") severity = level as Severity;
      raw = options;
    } else if (setting !== undefined) {
      problems.push(`rule "${rule.id}": a setting is "off", a severity, or [severity, options]`);
    }
    let options: unknown = undefined;
    if (rule.options !== undefined) {
      const parsed = (rule.options as z.ZodType).safeParse(raw ?? {});
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          problems.push(`rule "${rule.id}": option ${issue.path.length ? `"${issue.path.join(".")}"` : "value"}: ${issue.message}`);
        }
      } else options = parsed.data;
    } else if (raw !== undefined) problems.push(`rule "${rule.id}" takes no options`);
    configured.push({ rule, options, severity });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return configured;
}
