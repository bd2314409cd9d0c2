/**
 * When two spellings of one name token are one name: the patterns by which
 * names are transliterated from Arabic, Persian or Russian ("Qasim"/"Qassem",
 * "Mohammed"/"Muhammad", "Rouhani"/"Rohani", "Zelensky"/"Zelenskyy"), and only
 * those. Edit distance is not a test: "Mosul" and "Mosel", "Kerry" and "Kelly"
 * are one edit apart and different names.
 */
import { FIXED_SPELLINGS } from "./fixed-spellings.js";

/**
 * Short tokens are left alone: in four letters one changed vowel is another
 * name as often as not ("Bush"/"Bosh", "Omar"/"Omer", "Lee"/"Li").
 */
const MIN_LENGTH = 5;

/**
 * Vowels that transliterations write either way: short vowels of Arabic and
 * Persian (a/e, e/i, o/u) and the Russian й/ы endings (i/y). Not u/e nor a/o:
 * those change Western names ("Mosul"/"Mosel", "Morgan"/"Morgon").
 */
const VOWEL_PAIRS = new Set(["ae", "ea", "ei", "ie", "ou", "uo", "iy", "yi"]);

/**
 * One spelling of the sounds that transliteration systems write differently:
 * ph/f, kh/x, q/k, gh/q (Persian "Sadeghi"/"Sadeqi"), dh/d, ou/oo/u, ee/i,
 * the -iy/-yy ending, and doubled letters.
 */
export function skeleton(token: string): string {
  return token
    .replace(/ph/g, "f")
    .replace(/kh/g, "x")
    .replace(/ck/g, "k")
    .replace(/gh/g, "q")
    .replace(/q/g, "k")
    .replace(/dh/g, "d")
    .replace(/(?:ou|oo)/g, "u")
    .replace(/ee/g, "i")
    .replace(/(?:iy|yy)$/, "y")
    .replace(/([a-z])\1+/g, "$1");
}

/**
 * Whether two tokens (lower-case plain letters, as `parseName` gives them)
 * are spellings of one name by a known transliteration pattern: same
 * skeleton, or skeletons of one length that differ only in interchangeable
 * vowels, never in the last letter but for i/y, at most one vowel in three.
 * Common names of languages written in the Latin alphabet have one spelling
 * each ("Allan" is not "Allen", "Smith" is not "Smyth"), so two of those are
 * never variants of each other.
 *
 * @example
 * ```ts
 * spellingVariant("qasim", "qassem");     // true
 * spellingVariant("mohammed", "muhammad"); // true
 * spellingVariant("mosul", "mosel");       // false
 * spellingVariant("allan", "allen");       // false: two common names
 * ```
 */
export function spellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < MIN_LENGTH || b.length < MIN_LENGTH) return false;
  const sa = skeleton(a);
  const sb = skeleton(b);
  // The Russian endings (-i/-y/-iy: "Andrei"/"Andrey") are one name even where both spellings are common.
  if (sa.length === sb.length && sa.slice(0, -1) === sb.slice(0, -1) && VOWEL_PAIRS.has(sa.at(-1)! + sb.at(-1)!) && /[iy]$/.test(sa) && /[iy]$/.test(sb)) return true;
  if (FIXED_SPELLINGS.has(a) && FIXED_SPELLINGS.has(b)) return false;
  if (sa === sb) return true;
  if (sa.length !== sb.length) return false;
  let changes = 0;
  for (let i = 0; i < sa.length; i++) {
    if (sa[i] === sb[i]) continue;
    const pair = sa[i]! + sb[i]!;
    if (!VOWEL_PAIRS.has(pair)) return false;
    if (i === sa.length - 1 && pair !== "iy" && pair !== "yi") return false;
    changes++;
  }
  return changes <= Math.max(1, Math.floor(sa.length / 3));
}
