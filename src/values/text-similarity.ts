import levenshtein from "fast-levenshtein";

/**
 * Wording comparison for text values and quotes: case, punctuation, quotes and
 * white space are set aside; similarity is the share of the longer text that
 * an edit-distance alignment keeps (1 = identical), or token overlap for long texts.
 */

/** Texts at least this similar say the same thing (text values and qualifiers alike). */
export const TEXT_AGREEMENT = 0.8;

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case, no accents, no punctuation, single spaces. */
export function normalizeText(text: string): string {
  // Plain ASCII has no accents to strip: the same result without Unicode normalisation.
  if (ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Similarity of two normalised texts, 0 to 1. */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const longer = Math.max(a.length, b.length);
  // Edit distance is quadratic in length; long texts compare by their word sets instead.
  if (longer > 400) {
    const wa = new Set(a.split(" "));
    const wb = new Set(b.split(" "));
    let shared = 0;
    for (const w of wa) if (wb.has(w)) shared++;
    return shared / Math.max(wa.size, wb.size);
  }
  return 1 - levenshtein.get(a, b) / longer;
}

/**
 * A cheap test that can only rule out: false when two texts cannot reach the
 * similarity threshold, because their lengths or their letter counts already
 * differ by more edits than it allows (each edit changes at most two counts).
 */
export function mayBeSimilar(a: string, b: string, threshold: number): boolean {
  const longer = Math.max(a.length, b.length);
  // A hair of slack so floating point never rules out a pair exactly at the threshold.
  const allowed = (1 - threshold) * longer + 1e-9;
  if (Math.abs(a.length - b.length) > allowed) return false;
  const counts = new Int32Array(64);
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i) & 63]!++;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i) & 63]!--;
  let difference = 0;
  for (let i = 0; i < 64; i++) difference += Math.abs(counts[i]!);
  return difference / 2 <= allowed;
}
