/**
 * `--timing`: where a run spent its time, phase by phase and rule by rule, on
 * stderr after the report. Phases, so that a slow reader or writer shows as
 * plainly as a slow rule:
 *
 * - reading: the files (and standard input) read and parsed as JSON;
 * - validating: the corpus checked against its schema and merged;
 * - resolving: every claim's value resolved, claims grouped;
 * - consensus: sources weighed against one another, the most likely value of
 *   each group found;
 * - checking: the rules (the sum of the table below it);
 * - writing: the rest — findings ordered, each claim's evidence explained,
 *   the report formatted and written (a streamed report is checked while it is
 *   written; its rules' time is counted under checking, not here).
 */

export const PHASES = ["reading", "validating", "resolving", "consensus", "checking", "writing"] as const;
export type Phase = (typeof PHASES)[number];

/**
 * The phases' table, then ESLint's TIMING-style table of rules, slowest first.
 *
 * @example
 * ```ts
 * formatTimings({ reading: 12, validating: 3, resolving: 40, checking: 90, writing: 8 }, [["date-consistency", 50], ["single-source", 40]]);
 * ```
 */
export function formatTimings(phases: Readonly<Partial<Record<Phase, number>>>, rules: readonly (readonly [string, number])[]): string {
  const phaseRows = PHASES.filter((p) => phases[p] !== undefined).map((p) => [p, phases[p]!] as const);
  const total = phaseRows.reduce((sum, [, ms]) => sum + ms, 0);
  return `${table("Phase", [...phaseRows, ["total", total]], total)}\n${table("Rule", [...rules].sort((a, b) => b[1] - a[1]), rules.reduce((s, [, ms]) => s + ms, 0))}`;
}

function table(heading: string, rows: readonly (readonly [string, number])[], total: number): string {
  const width = rows.reduce((w, [name]) => Math.max(w, name.length), heading.length);
  const lines = [`${heading.padEnd(width)} | Time (ms) | Relative`, `${"-".repeat(width)}-|----------:|--------:`];
  for (const [name, ms] of rows) {
    lines.push(`${name.padEnd(width)} | ${ms.toFixed(3).padStart(9)} | ${((100 * ms) / (total || 1)).toFixed(1).padStart(7)}%`);
  }
  return `${lines.join("\n")}\n`;
}
