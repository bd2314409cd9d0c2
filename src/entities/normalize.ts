/**
 * Spelling normalisation of personal and organisation names, as sources write
 * them: case, diacritics, apostrophes in all their Unicode forms, hyphens, the
 * Arabic article (al-, el-) and common transliteration variants.
 */

/** Honorifics and titles that sources add or drop before a name. */
const TITLES = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sir", "dame", "sheikh", "shaikh", "sheik", "seyed", "seyyed", "sayed", "sayyid", "syed",
  "haji", "hajji", "imam", "ayatollah", "president", "prime", "minister", "general", "gen", "maj", "major", "col",
  "colonel", "lt", "lieutenant", "brigadier", "admiral", "king", "queen", "prince", "princess", "senator", "sen", "rep",
  "secretary", "chairman", "chairwoman", "chancellor", "governor", "mayor", "ambassador",
]);

/** The Arabic article in its transliterations, written joined or apart. */
const ARTICLE = /^(?:al|el|ul|ad|ar|as|ash|at|az|an)$/;

/**
 * Name tokens in a comparable form: "Dr. Abdullah Al-Faisal" → ["abdullah", "faisal"].
 *
 * @example
 * ```ts
 * nameTokens("Shaquille O’Neal"); // ["shaquille", "oneal"]
 * ```
 */
export function nameTokens(name: string): string[] {
  let tokens = tokenMemo.get(name);
  if (tokens === undefined) {
    tokens = Object.freeze(tokenize(name)) as string[];
    if (tokenMemo.size >= 100_000) tokenMemo.clear();
    tokenMemo.set(name, tokens);
  }
  return tokens;
}

/** nameTokens is pure; its memo is bounded so distinct names cannot grow it without end. */
const tokenMemo = new Map<string, string[]>();

function tokenize(name: string): string[] {
  const plain = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’‘ʼʻ`´ʿʾ]/g, "")
    .replace(/[-‐‑–—_.,/]/g, " ");
  return plain
    .split(/\s+/)
    .filter((t) => t !== "" && !ARTICLE.test(t) && !TITLES.has(t));
}

/**
 * A transliteration-insensitive key of one token: doubled letters collapse,
 * vowels fold (o→u, e→i), and common digraph variants merge, so "Mohammed",
 * "Muhammad" and "Mohamad" come close, and "Qasim" equals "Qassem".
 */
export function tokenKey(token: string): string {
  let key = keyMemo.get(token);
  if (key === undefined) {
    key = foldToken(token);
    if (keyMemo.size >= 100_000) keyMemo.clear();
    keyMemo.set(token, key);
  }
  return key;
}

const keyMemo = new Map<string, string>();

function foldToken(token: string): string {
  return token
    .replace(/ou/g, "u")
    .replace(/ee/g, "i")
    .replace(/ph/g, "f")
    .replace(/kh/g, "x")
    .replace(/([a-z])\1+/g, "$1")
    .replace(/o/g, "u")
    .replace(/e/g, "i")
    .replace(/y(?=[^aeiou]|$)/g, "i");
}

/** The whole comparable key of a name: its token keys joined by a space. */
export function nameKey(name: string): string {
  return nameTokens(name).map(tokenKey).join(" ");
}
