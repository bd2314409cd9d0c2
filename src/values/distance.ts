import type { Distance } from "./value-module.js";

/** "1 day", "2 days", "3 minutes": a count and an English noun that takes a plain -s. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * A distance in whole units for a sentence.
 *
 * @example
 * ```ts
 * distanceOf(2, "day"); // { amount: 2, unit: "day", text: "2 days" }
 * ```
 */
export function distanceOf(amount: number, unit: string): Distance {
  return { amount, unit, text: plural(amount, unit) };
}
