/**
 * Spelling normalisation of personal and organisation names, as sources write
 * them: case, diacritics, apostrophes in all their Unicode forms, hyphens and
 * periods, the Arabic article (al-, el-), leading titles. Each token keeps a
 * kind, because kinds decide how two names may differ: an initial may stand
 * for a given name, a qualifier ("North", "Jr.", "II") never may be dropped, a
 * designator ("Republic", "of") may.
 */
import { lookupTable } from "../model/lookup-table.js";

/**
 * Honorifics and offices that sources put before a name and that say nothing
 * about who is meant. Only a leading run is dropped, and only when a name is
 * left after it ("President Macron" → "Macron").
 */
const TITLES = new Set([
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sheikh", "shaikh", "sheik",
  "seyed", "seyyed", "sayed", "sayyid", "syed", "haji", "hajji", "imam", "ayatollah", "hojatoleslam", "president",
  "minister", "premier", "gen", "maj", "col", "colonel", "lt", "lieutenant", "brigadier", "admiral", "capt", "captain",
  "sgt", "sergeant", "king", "queen", "prince", "princess", "emir", "sultan", "senator", "sen", "rep", "representative",
  "congressman", "congresswoman", "secretary", "chairman", "chairwoman", "chancellor", "governor", "gov", "mayor",
  "ambassador", "speaker", "pope", "rev", "reverend", "rabbi", "hon", "honorable",
]);

/**
 * Words that only qualify an office ("Foreign Minister", "Secretary-General",
 * "Crown Prince"). They are dropped with a title, never on their own: "General
 * Motors" is a company, not a general.
 */
const OFFICE_WORDS = new Set([
  "foreign", "interior", "defence", "defense", "finance", "prime", "deputy", "vice", "acting", "former", "chief",
  "general", "supreme", "grand", "crown", "state", "of", "the", "us", "u", "s", "national", "security", "adviser", "advisor",
]);

/** The Arabic article ("al-Assad", "el-Sisi", "Bashar Al Assad", "al Assad"). */
const ARTICLES = new Set(["al", "el", "ul"]);

/** The article assimilated to a following letter: an article only when hyphenated ("as-Sistani", "ash-Shara"). */
const ASSIMILATED = new Set(["ad", "adh", "ar", "as", "ash", "at", "ath", "az", "an"]);

/**
 * Words that tell one place, body or person from another of the same name:
 * "North Korea" is not "Korea", "DR Congo" is not "Congo", "George Bush Jr."
 * is not "George Bush Sr.". A name that has one the other lacks is another name.
 */
const QUALIFIERS = new Set([
  "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast",
  "southwest", "central", "upper", "lower", "inner", "outer", "new", "old", "greater", "lesser", "little",
  "democratic", "peoples", "popular", "jr", "sr", "junior", "senior", "elder", "younger", "saint", "st", "first",
  "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
]);

/** Generational and ordinal forms that mean the same thing. */
const QUALIFIER_SYNONYMS: Readonly<Record<string, string>> = lookupTable({
  junior: "jr", senior: "sr", saint: "st", second: "ii", third: "iii", fourth: "iv", fifth: "v", "2nd": "ii", "3rd": "iii", "4th": "iv",
});

/** Roman numerals of two letters or more, as regnal or generational numbers ("Henry VIII", "John Smith III"). */
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;

/**
 * Words of a formal or long name that a short name may leave out without
 * naming something else: "Republic of Korea" is a longer name of "Korea",
 * "Islamic Republic of Pakistan" of "Pakistan".
 */
const DESIGNATORS = new Set([
  "the", "of", "and", "for", "republic", "kingdom", "state", "states", "federal", "federation", "islamic", "socialist",
  "commonwealth", "emirate", "sultanate", "principality", "duchy", "grand",
]);

/** Words that mark a name of an organisation or place, whose words are not given names. */
const FUNCTION_WORDS = new Set(["of", "the", "and", "for"]);

/** Academic degrees written after a name ("Donald Knuth, Ph.D."): they never tell two people apart. */
const DEGREES = /(?<=\S)[\s,]+(?:ph\.?\s?d|d\.?\s?phil|m\.?d|m\.?\s?b\.?\s?a|m\.?\s?sc|b\.?\s?sc|esq)\.?(?=$|[\s,;)])/giu;

/** Letters that Unicode does not decompose into a base letter and a mark. */
const LETTERS: Readonly<Record<string, string>> = lookupTable({
  ß: "ss", ø: "o", Ø: "O", æ: "ae", Æ: "AE", œ: "oe", Œ: "OE", đ: "d", Đ: "D", ł: "l", Ł: "L", ı: "i", þ: "th", Þ: "Th", ð: "d", Ð: "D",
});

/** How a token of a name counts when two names are compared. */
export type TokenKind = "word" | "initial" | "qualifier" | "designator";

/** One token of a name, in plain lower-case letters and digits. */
export interface NameToken {
  readonly text: string;
  readonly kind: TokenKind;
}

/** A name read into tokens (articles and leading titles left out). */
export interface ParsedName {
  readonly tokens: readonly NameToken[];
  /** A leading title was dropped ("President Macron"). */
  readonly titled: boolean;
  /** The name has words such as "of" or "the": a place or organisation, whose words are not given names. */
  readonly organisation: boolean;
}

/**
 * Read a name into typed tokens: "Dr. George H. W. Bush Jr." → george (word),
 * h, w (initials), bush (word), jr (qualifier). Memoised (pure).
 *
 * @example
 * ```ts
 * parseName("Democratic People's Republic of Korea").tokens.map((t) => t.kind);
 * // ["qualifier", "qualifier", "designator", "designator", "word"]
 * ```
 */
export function parseName(name: string): ParsedName {
  let parsed = parseMemo.get(name);
  if (parsed === undefined) {
    parsed = Object.freeze(parse(name));
    if (parseMemo.size >= 100_000) parseMemo.clear();
    parseMemo.set(name, parsed);
  }
  return parsed;
}

/** parseName is pure; its memo is bounded so a stream of distinct names cannot grow it without end. */
const parseMemo = new Map<string, ParsedName>();

/** Plain letters: no marks, no ligatures, apostrophes and look-alikes removed, case kept. */
export function plainLetters(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[ßøØæÆœŒđĐłŁıþÞðÐ]/g, (c) => LETTERS[c]!)
    .replace(/['’‘ʼʻ`´ʿʾ′]/g, "");
}

interface RawToken {
  readonly raw: string;
  readonly text: string;
  /** Joined to the next token by a hyphen ("al-Assad"). */
  readonly hyphenated: boolean;
}

function parse(name: string): ParsedName {
  const plain = plainLetters(name).replace(DEGREES, " ");
  const allCaps = plain === plain.toUpperCase();
  const raws: RawToken[] = [];
  for (const m of plain.matchAll(/[\p{L}\p{N}]+([-‐‑–—]?)/gu)) {
    const raw = m[0].replace(/[-‐‑–—]$/, "");
    raws.push({ raw, text: raw.toLowerCase(), hyphenated: m[1] !== "" });
  }
  // A leading title or office ("Prime Minister", "Secretary-General") goes when a name is left after it.
  let start = 0;
  let sawTitle = false;
  while (start < raws.length - 1) {
    const t = raws[start]!;
    const title = TITLES.has(t.text) && !(t.text === "dr" && isAcronym(t.raw, allCaps));
    const office = OFFICE_WORDS.has(t.text) && (sawTitle || raws.slice(start + 1).some((r) => TITLES.has(r.text)));
    if (!title && !office) break;
    sawTitle ||= title;
    start++;
  }
  const titled = sawTitle && start > 0;
  if (!titled) start = 0;
  const tokens: NameToken[] = [];
  let organisation = false;
  for (let i = start; i < raws.length; i++) {
    const t = raws[i]!;
    if (FUNCTION_WORDS.has(t.text)) organisation = true;
    // "al-Assad", "Bashar Al Assad", "al Assad": the article; "Al Gore", "Al Jazeera": a first word.
    const last = i === raws.length - 1;
    const lowerCase = t.raw === t.text && !allCaps;
    if (!last && ARTICLES.has(t.text) && (t.hyphenated || i > start || lowerCase)) continue;
    if (!last && ASSIMILATED.has(t.text) && t.hyphenated) continue;
    tokens.push({ text: QUALIFIER_SYNONYMS[t.text] ?? t.text, kind: kindOf(t, i, start, allCaps) });
  }
  return { tokens, titled, organisation };
}

function kindOf(t: RawToken, i: number, start: number, allCaps: boolean): TokenKind {
  const text = t.text;
  if (/\d/.test(text)) return "qualifier";
  if (text === "dr") return "qualifier"; // an acronym (DR Congo): a leading "Dr." title is gone already
  if (QUALIFIERS.has(text)) return "qualifier";
  if (i > start && text.length >= 2 && ROMAN.test(text) && (allCaps || t.raw === t.raw.toUpperCase())) return "qualifier";
  if (DESIGNATORS.has(text)) return "designator";
  if (text.length === 1) return "initial";
  return "word";
}

/** "DR" in "DR Congo" is an acronym, "Dr" or "Dr." a title; in an all-capitals name case cannot tell, so it is a title. */
function isAcronym(raw: string, allCaps: boolean): boolean {
  return !allCaps && raw === raw.toUpperCase();
}

/**
 * Name tokens in a comparable form: "Dr. Abdullah Al-Faisal" → ["abdullah", "faisal"].
 *
 * @example
 * ```ts
 * nameTokens("Shaquille O’Neal"); // ["shaquille", "oneal"]
 * ```
 */
export function nameTokens(name: string): string[] {
  return parseName(name).tokens.map((t) => t.text);
}

/**
 * The comparable key of one token. Spelling is kept as written (case,
 * accents and apostrophes aside): two tokens with equal keys are the same
 * word, and transliteration variants ("Qasim", "Qassem") are matched by
 * `spellingVariant`, which knows when a difference in spelling is one.
 *
 * @example
 * ```ts
 * tokenKey("Márquez"); // "marquez"
 * ```
 */
export function tokenKey(token: string): string {
  return plainLetters(token).toLowerCase();
}

/**
 * The whole comparable key of a name: its tokens joined by a space. Equal
 * keys are the same name once case, accents, apostrophes, hyphens, the Arabic
 * article and titles are set aside.
 *
 * @example
 * ```ts
 * nameKey("Bashar Al-Assad") === nameKey("bashar al assad"); // true
 * ```
 */
export function nameKey(name: string): string {
  return nameTokens(name).join(" ");
}
