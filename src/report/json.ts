import type { Report } from "../engine/types.js";

/**
 * The report as JSON (CONTRACT.md §2): two-space indented, one trailing newline.
 * Keys keep the order the engine builds them in, so the same report is the same bytes.
 *
 * @example
 * ```ts
 * process.stdout.write(formatJson(check(corpus)));
 * ```
 */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
