/**
 * What scraped name lists carry besides names, and how to set it aside: HTML
 * entities ("Gagn&eacute;", "Aho &amp; Lam"), placeholders ("Not Available"),
 * "et al.", degrees ("Ph.D.") and spacing. Role words live in split.ts,
 * where they mark where one name ends.
 */

/** Windows-1252 characters that HTML numeric references in 128–159 mean in scraped pages ("&#146;" is ’). */
const CP1252: Readonly<Record<number, string>> = {
  128: "€", 130: "‚", 131: "ƒ", 132: "„", 133: "…", 134: "†", 135: "‡", 136: "ˆ", 137: "‰", 138: "Š", 139: "‹", 140: "Œ",
  142: "Ž", 145: "‘", 146: "’", 147: "“", 148: "”", 149: "•", 150: "–", 151: "—", 152: "˜", 153: "™", 154: "š", 155: "›",
  156: "œ", 158: "ž", 159: "Ÿ",
};

const NAMED: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", szlig: "ß", aelig: "æ", AElig: "Æ", oslash: "ø", Oslash: "Ø",
  eth: "ð", ETH: "Ð", thorn: "þ", THORN: "Þ", oelig: "œ", OElig: "Œ", rsquo: "’", lsquo: "‘", ndash: "–", mdash: "—",
};

/** Combining marks named by HTML's accented-letter entities ("eacute" is e + acute). */
const MARKS: Readonly<Record<string, string>> = {
  acute: "\u0301", grave: "\u0300", circ: "\u0302", tilde: "\u0303", uml: "\u0308", ring: "\u030A", cedil: "\u0327", caron: "\u030C",
};

/**
 * Decode HTML character references; an unknown named one is removed (it is
 * markup, not part of a name).
 *
 * @example
 * ```ts
 * decodeEntities("Gagn&eacute;, Marcel &amp; Aho"); // "Gagné, Marcel & Aho"
 * ```
 */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text
    .replace(/&#(\d{1,7});?/g, (_, n: string) => codePoint(Number(n)))
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, n: string) => codePoint(Number.parseInt(n, 16)))
    .replace(/&([a-z]+\d*);/gi, (whole, name: string) => {
      if (NAMED[name] !== undefined) return NAMED[name]!;
      const accented = /^([a-z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/i.exec(name);
      if (accented) return (accented[1]! + MARKS[accented[2]!.toLowerCase()]!).normalize("NFC");
      return /^[a-z]+\d*$/i.test(name) ? " " : whole;
    })
    .normalize("NFC");
}

function codePoint(n: number): string {
  if (CP1252[n] !== undefined) return CP1252[n]!;
  if (n < 32 || (n >= 127 && n < 160) || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return " ";
  return String.fromCodePoint(n);
}

/** Whole cells that name no one: what scrapers write when a page had no author. */
const PLACEHOLDERS = /^(?:not available|n\/?a|none|unknown|not provided|no author|-+|\.+|\?+|0|various|anonymous|anon\.?)(?:\s*\((?:n\/?a|na|none|unknown)\))?$/i;

/** Whether a cleaned cell is a placeholder that names no one ("Not Available", "N/A", "-", "Not Available (NA)"). */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDERS.test(text.trim());
}

/** "et al.", "et. al", "and others", "etc.": the list says it is incomplete. */
export const ET_AL = /(?:^|[\s,;])(?:et\.?\s*al(?:ii|ia)?\b\.?|and others\b|& others\b|etc\b\.?)/gi;

/** Academic degrees and post-nominals after a name and before a separator: never part of it ("M.D. Allen" keeps its initials). */
export const DEGREES = /(?<=[\p{L}.])[\s,]+(?:ph\.?\s?d|d\.?\s?phil|m\.d|m\.?b\.?a|m\.?sc|b\.?sc|esq|cpa|frs|facs)\.?(?=\s*(?:$|[,;/)&]))/giu;

/** Control characters, the non-breaking and other odd spaces as one space; runs of spaces as one. */
export function tidySpaces(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
