/**
 * What scraped name lists carry besides names, and how to set it aside: HTML
 * entities ("Gagn&eacute;", "Aho &amp; Lam"), placeholders ("Not Available"),
 * "et al.", degrees ("Ph.D.") and spacing. Role words live in split.ts,
 * where they mark where one name ends.
 */
import { lookupTable } from "../../model/lookup-table.js";

/** Windows-1252 characters that HTML numeric references in 128–159 mean in scraped pages ("&#146;" is ’). */
const CP1252: Readonly<Record<number, string>> = {
  128: "€", 130: "‚", 131: "ƒ", 132: "„", 133: "…", 134: "†", 135: "‡", 136: "ˆ", 137: "‰", 138: "Š", 139: "‹", 140: "Œ",
  142: "Ž", 145: "‘", 146: "’", 147: "“", 148: "”", 149: "•", 150: "–", 151: "—", 152: "˜", 153: "™", 154: "š", 155: "›",
  156: "œ", 158: "ž", 159: "Ÿ",
};

const NAMED: Readonly<Record<string, string>> = lookupTable({
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", szlig: "ß", aelig: "æ", AElig: "Æ", oslash: "ø", Oslash: "Ø",
  eth: "ð", ETH: "Ð", thorn: "þ", THORN: "Þ", oelig: "œ", OElig: "Œ", rsquo: "’", lsquo: "‘", ndash: "–", mdash: "—",
});

/**
 * The Latin-1 signs, decoded only after the character of a UTF-8 lead byte: UTF-8 read as Latin-1 and written
 * back as entities uses them ("Bj&Atilde;&para;rn" is "Björn"); anywhere else they are markup ("Smith&copy;").
 */
const SIGNS: Readonly<Record<string, string>> = lookupTable({
  iexcl: "¡", cent: "¢", pound: "£", curren: "¤", yen: "¥", brvbar: "¦", sect: "§", uml: "¨", copy: "©", ordf: "ª", laquo: "«",
  not: "¬", shy: "\u00ad", reg: "®", macr: "¯", deg: "°", plusmn: "±", sup2: "²", sup3: "³", acute: "´", micro: "µ", para: "¶",
  middot: "·", cedil: "¸", sup1: "¹", ordm: "º", raquo: "»", frac14: "¼", frac12: "½", frac34: "¾", iquest: "¿", times: "×", divide: "÷",
});

/** Combining marks named by HTML's accented-letter entities ("eacute" is e + acute). */
const MARKS: Readonly<Record<string, string>> = lookupTable({
  acute: "\u0301", grave: "\u0300", circ: "\u0302", tilde: "\u0303", uml: "\u0308", ring: "\u030A", cedil: "\u0327", caron: "\u030C",
});

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
    .replace(/&([a-z]+\d*);/gi, (whole, name: string, at: number, all: string) => {
      const known = namedCharacter(name);
      if (known !== undefined) return known;
      if (SIGNS[name] !== undefined && /[\u00c2-\u00f4]$/.test(characterBefore(all, at))) return SIGNS[name]!;
      return /^[a-z]+\d*$/i.test(name) ? " " : whole;
    })
    .normalize("NFC");
}

/** What a named reference that names a letter or a mark of punctuation stands for, or `undefined`. */
function namedCharacter(name: string): string | undefined {
  if (NAMED[name] !== undefined) return NAMED[name]!;
  const accented = /^([a-z])(acute|grave|circ|tilde|uml|ring|cedil|caron)$/i.exec(name);
  return accented ? (accented[1]! + MARKS[accented[2]!.toLowerCase()]!).normalize("NFC") : undefined;
}

/** The character written before position `at`, itself perhaps a named reference. */
function characterBefore(text: string, at: number): string {
  const reference = /&([a-z]+\d*);$/i.exec(text.slice(Math.max(0, at - 12), at));
  return reference ? (namedCharacter(reference[1]!) ?? "") : text.slice(0, at).slice(-1);
}

/** The byte each Windows-1252 character stands for, for the characters that are not Latin-1's own. */
const CP1252_BYTE: ReadonlyMap<string, number> = new Map(Object.entries(CP1252).map(([n, c]) => [c, Number(n)]));

/** A run that may be UTF-8 read as Latin-1 or Windows-1252: a lead byte's character, then continuation bytes' characters. */
const MOJIBAKE = /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]+/g;

const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Undo UTF-8 that was read as Latin-1 or Windows-1252 ("BjÃ¶rn" → "Björn",
 * "DÂ’Hers" → "D’Hers"): a run of characters is read back as the bytes it
 * came from, and replaced only when those bytes are valid UTF-8. Text that is
 * not such a run is left as it is.
 *
 * @example
 * ```ts
 * repairMojibake("Bj\u00c3\u00b6rn Karlsson"); // "Björn Karlsson"
 * repairMojibake("Gödel, Kurt");              // unchanged
 * ```
 */
export function repairMojibake(text: string): string {
  if (!/[\u00c2-\u00f4]/.test(text)) return text;
  return text.replace(MOJIBAKE, (run) => {
    const bytes = [...run].map((c) => CP1252_BYTE.get(c) ?? c.charCodeAt(0));
    if (bytes.some((b) => b > 0xff)) return run;
    let decoded: string;
    try {
      decoded = STRICT_UTF8.decode(new Uint8Array(bytes));
    } catch {
      return run;
    }
    // A C1 control character is what Windows-1252 pages meant by that byte ("Â’": U+0092, the ’ of Windows-1252).
    return decoded.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0)] ?? " ").normalize("NFC");
  });
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
