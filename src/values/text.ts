/**
 * `text` values: wording, compared once case, accents and punctuation are set
 * aside. Similar wording agrees, unless the words that carry a fact a
 * similarity score cannot weigh differ — whatever the score:
 * - numbers ("4:55 PM" and "3:55 AM" are 80% alike as letters and hours apart as facts);
 * - negations ("killed civilians", "killed no civilians"; "didn't" is "not");
 * - weekday and month names ("on Monday", "on Sunday"; "Mon" is Monday);
 * - proper nouns: words capitalised other than where a sentence starts
 *   ("signed in Lima", "signed in Quito"), counted wherever and however
 *   written in both texts, so "Chile and Peru" is not "Chile and Chile" and
 *   "Camps in Northern Kenya" is "camps in northern kenya";
 * - the capitalised first word of a sentence where both texts have one that is
 *   no function word ("Chile signed", "Peru signed"): it may be a name, and a
 *   text written in lower case says nothing either way.
 */
import { mayBeSimilar, normalizeText, TEXT_AGREEMENT, textSimilarity } from "./text-similarity.js";
import type { ResolvedBase, ValueModule } from "./value-module.js";

/** A text value as the engine resolved it. */
export interface ResolvedText extends ResolvedBase<"text"> {
  /** Lower case, no accents, no punctuation, single spaces. */
  readonly normalized: string;
  /** The runs of digits in the text, in order: texts whose digits differ never agree. */
  readonly digits: string;
  /** Its negations, folded and sorted ("no not"; "didn't" is "not"): texts whose negations differ never agree. */
  readonly negations: string;
  /**
   * What it names, folded, each once, sorted ("lima monday peru"): the words
   * written capitalised other than where a sentence starts, and weekday and
   * month names ("Mon." is "monday"). Texts that name something a different
   * number of times never agree.
   */
  readonly names: readonly string[];
  /** Its words folded as `names` are ("U.N." is "un", "Sept." is "september"), in order, single spaces: where names are counted. */
  readonly words: string;
  /**
   * The first word of each sentence, folded, where it is capitalised and not a
   * function word ("The", "In"): perhaps a name ("Chile signed"), perhaps not
   * ("Camps near the border"). Two texts whose sentences start with two such
   * different words never agree; a text that starts in lower case says nothing.
   */
  readonly leads: readonly (string | null)[];
}

const DIGIT_RUNS = /\p{Nd}+/gu;

/** Texts agree when similar enough and their numbers, negations, weekdays, months and proper nouns are the same. */
export function textsAgree(a: ResolvedText, b: ResolvedText, threshold = TEXT_AGREEMENT): boolean {
  if (a.normalized === b.normalized) return true;
  if (a.digits !== b.digits || a.negations !== b.negations || !sameNames(a, b) || !sameLeads(a, b)) return false;
  return mayBeSimilar(a.normalized, b.normalized, threshold) && textSimilarity(a.normalized, b.normalized) >= threshold;
}

/** Every word either text names (a proper noun, a weekday, a month) occurs as often in both, in any case and position. */
function sameNames(a: ResolvedText, b: ResolvedText): boolean {
  if (a.names.length === 0 && b.names.length === 0) return true;
  const names = new Set([...a.names, ...b.names]);
  const count = (words: string) => {
    const counts = new Map<string, number>();
    for (const w of words.split(" ")) if (names.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    return counts;
  };
  const x = count(a.words);
  const y = count(b.words);
  for (const name of names) if ((x.get(name) ?? 0) !== (y.get(name) ?? 0)) return false;
  return true;
}

/**
 * Capitalised sentence-initial words that may be names ("Chile signed", "Peru
 * signed"): two texts differ when each starts a sentence with such a word the
 * other never writes, wherever its sentences break ("Talks collapsed and
 * negotiators left" is "Talks collapsed. Negotiators left"), and a heading one
 * of them adds ("UPDATE:") is not another name.
 */
function sameLeads(a: ResolvedText, b: ResolvedText): boolean {
  const own = (x: ResolvedText, y: ResolvedText) => {
    const words = new Set(y.words.split(" "));
    return x.leads.some((lead) => lead !== null && !words.has(lead));
  };
  return !(own(a, b) && own(b, a));
}

/** Words that start a sentence capitalised without being a name ("The camps", "In March"): no lead. */
const FUNCTION_WORDS = new Set([
  "a", "an", "the", "this", "that", "these", "those", "some", "any", "all", "most", "many", "each", "every", "both", "other", "another",
  "in", "on", "at", "by", "for", "of", "to", "from", "with", "into", "near", "after", "before", "during", "since", "until", "under", "over", "about", "across", "along", "between", "among", "around", "outside", "inside", "within", "without", "against", "toward", "towards", "according",
  "and", "but", "or", "nor", "so", "yet", "as", "if", "when", "while", "where", "because", "although", "though", "once", "then", "there", "here",
  "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "who", "which", "what",
  "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "may", "might", "should", "must",
  "no", "not", "only", "also", "just", "more", "less", "new", "old", "first", "last", "next", "several", "few", "two", "three",
]);

/** "nonbinding" denies as "non-binding" does (whose "non" is a word of its own). */
const NON_WORD = /^non[a-z]{4,}$/;
/** Words that start with "non" and deny nothing. */
const NOT_NEGATIONS = new Set(["nonetheless", "nonsense", "nonstop", "nonce"]);

/** Words that deny, folded to one form each: "didn't", "cannot" and "not" are "not". */
const NEGATIONS = new Map<string, string>([
  ...["no", "not", "never", "none", "nor", "neither", "without", "nobody", "nothing", "nowhere", "non"].map((w) => [w, w] as const),
  ...["cannot", "dont", "doesnt", "didnt", "isnt", "wasnt", "arent", "werent", "cant", "couldnt", "wouldnt", "shouldnt", "hasnt", "havent", "hadnt", "wont", "mustnt", "neednt"].map((w) => [w, "not"] as const),
]);

const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** Calendar names that are also common words ("may", "march", "sat", "sun"): names only when capitalised. */
const COMMON = new Set(["may", "march", "august", "jan", "mar", "wed", "sat", "sun"]);

/** Weekday and month names and their abbreviations, folded, to the full name ("sept" is "september"). */
const CALENDAR = new Map<string, string>([
  ...[...WEEKDAYS, ...MONTHS].map((w) => [w, w] as const),
  ...["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"].map((w) => [w, WEEKDAYS.find((d) => d.startsWith(w.slice(0, 3)))!] as const),
  ...["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].map((w) => [w, MONTHS.find((m) => m.startsWith(w.slice(0, 3)))!] as const),
]);

/** Titles whose full stop ends no sentence: the name after "Mr." is a proper noun. */
const TITLES = new Set(["mr", "mrs", "ms", "dr", "st", "mt", "ft", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "prof", "rev", "jr", "sr"]);

/** Dotted initials, "U.N." and "U.S.", are one word whatever the dots. */
const INITIALS = /(?<![\p{L}\p{N}])(?:\p{Lu}\.){2,}/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The negations of a text, and the words it names: those capitalised other
 * than where a sentence starts (a full stop, question or exclamation mark or
 * colon, but not a title's full stop, "Mr."), and weekdays and months wherever
 * they are ("Monday: talks resumed").
 */
function marksOf(written: string): Pick<ResolvedText, "negations" | "names" | "words" | "leads"> {
  const text = written.normalize("NFC").replace(INITIALS, (m) => m.replaceAll(".", ""));
  // "didn't", "can’t": the words are split at the apostrophe; the "n't" is a "not".
  const negations: string[] = [];
  for (const _ of text.matchAll(/n['’`]t(?![\p{L}\p{N}])/giu)) negations.push("not");
  const names = new Set<string>();
  const words: string[] = [];
  const leads: (string | null)[] = [];
  let end = -1; // where the previous word ended
  let previous = "";
  for (const match of text.matchAll(WORD)) {
    const token = match[0];
    const between = end < 0 ? "" : text.slice(end, match.index);
    const starts = end < 0 || /[!?:]/u.test(between) || (between.includes(".") && !TITLES.has(previous));
    end = match.index + token.length;
    const capitalised = /^[\p{Lu}\p{Lt}]/u.test(token);
    const parts = normalizeText(token).split(" ");
    if (starts) {
      const first = parts[0] ?? "";
      leads.push(capitalised && !FUNCTION_WORDS.has(first) && !NEGATIONS.has(first) && !CALENDAR.has(first) && !/^\p{N}/u.test(first) ? first : null);
    }
    for (const folded of parts) {
      if (folded === "") continue;
      previous = folded;
      // "Sat." and "Saturday" are one name, counted as one word however written ("sat", "SAT").
      const day = CALENDAR.get(folded);
      const w = day ?? folded;
      words.push(w);
      const negation = NEGATIONS.get(w) ?? (NON_WORD.test(w) && !NOT_NEGATIONS.has(w) ? "non" : undefined);
      if (negation !== undefined) negations.push(negation);
      else if (day !== undefined ? capitalised || !COMMON.has(folded) : capitalised && !starts) names.add(w);
    }
  }
  return { negations: negations.sort().join(" "), names: [...names].sort(), words: words.join(" "), leads };
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
  return { type: "text", written, normalized, digits: (normalized.match(DIGIT_RUNS) ?? []).join(" "), ...marksOf(written) };
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
