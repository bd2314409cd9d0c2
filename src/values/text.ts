/**
 * `text` values: wording, compared once case, accents and punctuation are set
 * aside. Similar wording agrees; wording whose numbers differ never does
 * ("4:55 PM" and "3:55 AM" are 80% alike as letters and hours apart as facts).
 */
import { mayBeSimilar, normalizeText, TEXT_AGREEMENT, textSimilarity } from "./text-similarity.js";
import type { ResolvedBase, ValueModule } from "./value-module.js";

/** A text value as the engine resolved it. */
export interface ResolvedText extends ResolvedBase<"text"> {
  /** Lower case, no accents, no punctuation, single spaces. */
  readonly normalized: string;
  /** The runs of digits in the text, in order: texts whose digits differ never agree. */
  readonly digits: string;
}

const DIGIT_RUNS = /\p{Nd}+/gu;

/** Texts agree when similar enough and their numbers are the same. */
export function textsAgree(a: ResolvedText, b: ResolvedText, threshold = TEXT_AGREEMENT): boolean {
  if (a.normalized === b.normalized) return true;
  if (a.digits !== b.digits) return false;
  return mayBeSimilar(a.normalized, b.normalized, threshold) && textSimilarity(a.normalized, b.normalized) >= threshold;
}

/**
 * Read a text (also used for texts that are not claim values: qualifiers).
 *
 * @example
 * ```ts
 * readText("Flight 12, 4:55 PM").digits; // "12 4 55"
 * ```
 */
export function readText(written: string): ResolvedText {
  const normalized = normalizeText(written);
  return { type: "text", written, normalized, digits: (normalized.match(DIGIT_RUNS) ?? []).join(" ") };
}

export const textValues: ValueModule<"text", ResolvedText> = {
  type: "text",
  written: (value) => value.value,
  shareKey: (value) => value.value,
  read: (value) => readText(value.value),
  failure: (r) => (r.normalized === "" ? `'${r.written}' has no letters or digits to compare` : undefined),
  how: () => undefined,
  key: (r) => r.normalized,
  canonical: (r) => r.written,
  label: (r) => `'${r.written}'`,
  compare: (a, b) => (textsAgree(a, b) ? { relation: "same" } : { relation: "different" }),
  support: (a, b) => (textsAgree(a, b) ? 1 : 0),
  combine(readings, counts) {
    // The most common wording; ties: the one that comes first in code-point order.
    let best = 0;
    for (let i = 1; i < readings.length; i++) {
      if (counts[i]! > counts[best]! || (counts[i] === counts[best] && readings[i]!.written < readings[best]!.written)) best = i;
    }
    return readings[best]!;
  },
};
