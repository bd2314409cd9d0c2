/**
 * The gold normalisation of the real-data benchmark: an independent reading of
 * the raw cells, written apart from the library so the library can be judged
 * against it (times to the minute, gates to their code, author lists to sets of
 * last names, as ../shared/eval/truth/README.md describes).
 *
 * It is deliberately plain: a handful of patterns that cover every form in the
 * data, no knowledge of which site writes which form. A cell it cannot read
 * gives `undefined`, and the benchmark counts those rather than guessing.
 */

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};
const WEEKDAYS: Readonly<Record<string, number>> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/**
 * Words that stand for "no value here" in a column: the cell states nothing.
 * `Cancelled` is here too: a cancelled flight has no time to state.
 */
const PLACEHOLDER = /^(?:-+|n\/?a|tbd|tba|chk|hold|unknown|not available|contact airline|not provided by airline|cancell?ed)$/i;

/** The date some sites put before a placeholder ("Dec 01 - Contact Airline", "2011-12-01 Cancelled"). */
const DATE_PREFIX = /^(?:\d{4}-\d{1,2}-\d{1,2}|[A-Za-z]{3,9}\.?\s*\d{1,2})\s*-?\s*/;

/**
 * Whether a cell states nothing: empty, or an explicit placeholder, possibly
 * after the date a site prints in front of everything.
 *
 * @example
 * isPlaceholder("Dec 01 - Contact Airline"); // true
 * isPlaceholder("Terminal 3");               // false: it says something, if not a gate
 */
export function isPlaceholder(cell: string): boolean {
  const text = decodeEntities(cell).replace(/[\s\u00a0]+/g, " ").trim();
  if (text === "" || PLACEHOLDER.test(text)) return true;
  const rest = text.replace(DATE_PREFIX, "").trim();
  return rest !== text && PLACEHOLDER.test(rest);
}

/** The entities scraping left in the data, and numeric ones (128–159 as the Windows code page the pages were in: &#146; is ’). */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);?/g, (_, n: string) => WINDOWS_1252[Number(n)] ?? String.fromCharCode(Number(n)))
    // A capital letter's entity names the capital: "&Atilde;&frac14;" is "Ã¼", the "ü" of UTF-8 read as Latin-1.
    .replace(/&([a-z]+\d*);?/gi, (whole, name: string) => {
      const letter = NAMED_ENTITIES[name.toLowerCase()];
      return letter === undefined ? whole : /^[A-Z][a-z]/.test(name) && letter.length === 1 ? letter.toUpperCase() : letter;
    });
}

/**
 * UTF-8 that a page read as Latin-1 or Windows-1252, read back ("GagnÃ©" → "Gagné", "DÂ’Hers" → "D’Hers"): a
 * run of a lead byte's character and continuation bytes' characters, where those bytes are valid UTF-8.
 *
 * @example
 * utf8ReadAsLatin1("GagnÃ©"); // "Gagné"
 */
export function utf8ReadAsLatin1(text: string): string {
  const byteOf = (c: string) => Number(Object.keys(WINDOWS_1252).find((n) => WINDOWS_1252[Number(n)] === c) ?? c.charCodeAt(0));
  return text.replace(/[\u00c2-\u00f4][\u0080-\u00bf‚„…‘’“”–—]+/g, (run) => {
    const decoded = Buffer.from([...run].map(byteOf)).toString("utf8");
    if (decoded.includes("\ufffd")) return run;
    return decoded.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0)] ?? " ");
  });
}

const WINDOWS_1252: Readonly<Record<number, string>> = { 130: "‚", 132: "„", 133: "…", 145: "‘", 146: "’", 147: "“", 148: "”", 150: "–", 151: "—" };

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", aacute: "á", acirc: "â", atilde: "ã", eacute: "é", egrave: "è",
  oacute: "ó", ouml: "ö", uuml: "ü", szlig: "ß", copy: "©", reg: "®", para: "¶", brvbar: "¦", iexcl: "¡", frac14: "¼",
};

// A time of day: "2:07 PM", "1:55p", "12:10pm", "1:55 p.m.", "16:17", "12:00noon". The
// one-letter suffix must not start a word ("1:55pDec 1" is p.m., "12:05 Dec" has none).
const TIME = /(\d{1,2}):(\d{2})(?::\d{2})?\s*(noon|midnight|[AaPp]\.?\s?[Mm]\.?|[AaPp](?![a-z]))?/;

interface FoundDate {
  readonly at: number;
  readonly year: number | undefined;
  readonly month: number;
  readonly day: number;
}

// Every way the data writes a date, each with where its parts are.
const DATE_PATTERNS: readonly { readonly re: RegExp; readonly read: (m: RegExpExecArray) => Omit<FoundDate, "at"> | undefined }[] = [
  { re: /(\d{4})-(\d{1,2})-(\d{1,2})/g, read: (m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }) },
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g, read: (m) => ({ year: fullYear(m[3]!), month: +m[1]!, day: +m[2]! }) },
  { re: /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{2})(?![\d-])/g, read: (m) => ({ year: fullYear(m[3]!), month: +m[1]!, day: +m[2]! }) },
  { re: /(?<!\d)(\d{1,2})-([A-Za-z]{3})-(\d{4})/g, read: (m) => monthNamed(m[2]!, +m[1]!, +m[3]!) },
  { re: /\b([A-Za-z]{3,9})\.?\s*(\d{1,2})(?!\d)(?:,\s*(\d{4}))?/g, read: (m) => monthNamed(m[1]!, +m[2]!, m[3] === undefined ? undefined : +m[3]) },
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})(?![\d/])/g, read: (m) => ({ year: undefined, month: +m[1]!, day: +m[2]! }) },
];

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

function monthNamed(name: string, day: number, year: number | undefined): Omit<FoundDate, "at"> | undefined {
  const month = MONTHS[name.toLowerCase()];
  return month === undefined ? undefined : { year, month, day };
}

/**
 * A departure or arrival time as written, to the minute: `YYYY-MM-DDTHH:MM` in
 * the clock time the source used (zones and offsets are set aside: every site
 * writes the airport's local time). A cell without a date takes `anchor`'s; a
 * year is taken from `anchor` when missing. When a cell holds two dates (a
 * page date, then the flight's), the one written next to the time wins; a
 * weekday that contradicts the date moves it to the nearest such day (a
 * "Wed 23:55" under a Thursday page date is Wednesday's).
 *
 * @example
 * normalizeTime("2:07 PMDec 01", "2011-12-01");            // "2011-12-01T14:07"
 * normalizeTime("12/1/11 2:06 PM (-05:00)", "2011-12-01"); // "2011-12-01T14:06"
 * normalizeTime("Not Available", "2011-12-01");            // undefined
 */
export function normalizeTime(cell: string, anchor: string): string | undefined {
  const text = decodeEntities(cell).replace(/[\s\u00a0]+/g, " ");
  const time = TIME.exec(text);
  if (time === null) return undefined;
  let hour = Number(time[1]);
  const minute = Number(time[2]);
  const suffix = (time[3] ?? "").toLowerCase().replace(/[.\s]/g, "");
  if (suffix === "noon") hour = 12;
  else if (suffix === "midnight") hour = 0;
  else if (suffix.startsWith("p") && hour < 12) hour += 12;
  else if (suffix.startsWith("a") && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;

  // Read dates in the rest of the cell, the time blanked out so "12:10" is not read as a date.
  const rest = text.slice(0, time.index) + " ".repeat(time[0].length) + text.slice(time.index + time[0].length);
  const found: FoundDate[] = [];
  for (const { re, read } of DATE_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      const parts = read(m);
      if (parts && parts.month >= 1 && parts.month <= 12 && parts.day >= 1 && parts.day <= 31) found.push({ at: m.index, ...parts });
    }
  }
  const [anchorYear, anchorMonth, anchorDay] = anchor.split("-").map(Number) as [number, number, number];
  let date = { year: anchorYear, month: anchorMonth, day: anchorDay };
  if (found.length > 0) {
    // The date written closest to the time is the flight's; a page date stands further off.
    const distance = (d: FoundDate) => Math.abs(d.at - time.index);
    const nearest = found.reduce((best, d) => (distance(d) < distance(best) ? d : best));
    const year = nearest.year ?? found.find((d) => d.year !== undefined)?.year ?? anchorYear;
    date = { year, month: nearest.month, day: nearest.day };
  }
  let utc = Date.UTC(date.year, date.month - 1, date.day);
  const weekday = /\b(sun|mon|tue|wed|thu|fri|sat)[a-z]*\b/i.exec(rest);
  if (weekday !== null) {
    const want = WEEKDAYS[weekday[1]!.toLowerCase()]!;
    const have = new Date(utc).getUTCDay();
    if (want !== have) {
      const forward = (want - have + 7) % 7;
      utc += (forward <= 3 ? forward : forward - 7) * 86_400_000;
    }
  }
  const day = new Date(utc).toISOString().slice(0, 10);
  return `${day}T${pad(hour)}:${pad(minute)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A departure or arrival gate as its code: the gate after a terminal label
 * ("Terminal 2 - 58B", "Term C - C18" → "58B", "C18"), before a terminal after a
 * slash ("44I/T4", "C20/C" → "44I", "C20"), case, spaces and punctuation set
 * aside ("D-1" → "D1", "14?" → "14"). A terminal alone ("Terminal 3") names no
 * gate: `undefined`, as for placeholders.
 *
 * @example
 * normalizeGate("Term C - C18"); // "C18"
 * normalizeGate(" D-1 ");        // "D1"
 * normalizeGate("Terminal 3");   // undefined
 */
export function normalizeGate(cell: string): string | undefined {
  if (isPlaceholder(cell)) return undefined;
  let text = decodeEntities(cell).trim();
  const labelled = /\bterm(?:inal)?\b.*?-\s*(.+)$/i.exec(text);
  if (labelled !== null) text = labelled[1]!;
  else if (/^(?:\w+\s+)?term(?:inal)?\b/i.test(text)) return undefined;
  text = text.split("/")[0]!;
  const code = text.toUpperCase().replace(/[^A-Z0-9]/g, "");
  return code === "" ? undefined : code;
}

// Words in author lists that are not names: roles, honorifics, suffixes.
const NOT_A_NAME = /^(?:editor|editors|eds?|edited|by|author|authors|translator|trans|illustrator|foreword|introduction|compiler|contributor|etc|the|phd|ph|d|md|jr|sr|ii|iii|iv|dr|prof|mr|mrs|ms|and|with)$/;

// A person named for a foreword, a translation or illustrations is not an author: "Miller, James S. (Foreword by)", "foreword by Guy Steele".
const NOT_AN_AUTHOR = /(^|[);/|&])([^();/|&]*)\((?:foreword|frw|fwd|translat|illustrat|introduction|preface)[^)]*\)/gi;
const NOT_AN_AUTHOR_AFTER = /,?\s*\b(?:foreword|introduction|preface|translated|illustrated)\s+by\b[^;/|&]*/gi;

// A cell that starts "Surname, ": its names are written surname first.
const CHAIN_START = /^\s*[\p{L}'’-]+\s*,/u;

// Surname prefixes written joined to the surname ("McDonald", "MacLean", "VanDam", "LeMonds"): not two names run together.
const JOINED_PREFIX = /^(?:mc|mac|van|von|vanden|vander|de|di|da|du|le|la|del|des|der|den|dos|ten|ter|st|o)$/i;

/**
 * An author list as the set of its last names, in lower case, without
 * diacritics, sorted: "Knuth, Donald E.; Patashnik, Oren", "Donald E. Knuth and
 * Oren Patashnik" and "KNUTH, DONALD / PATASHNIK, OREN" all give
 * `["knuth", "patashnik"]`. People are split at `;`, `/`, `&`, "and" and "with";
 * within one part, commas pair "Last, First" unless every piece is a whole
 * "First Last" name, or the part is a chain that lost its separators ("Aho,
 * Alfred V. Lam, Monica S." — each middle piece ends with the next surname).
 * Roles in parentheses and words such as "Editor" are dropped, and so are people
 * named for a foreword, a translation or illustrations; names run together
 * without a separator ("RobertFlajolet", "L.Knuth, Donald") are split, and so is
 * a name that follows one with a middle initial ("Donald E. Knuth John Fuller").
 * A surname keeps its particles, joined ("van der Lans", "LeMonds": vanderlans,
 * lemonds); apostrophes inside it are set aside ("D’Hers", "DHers").
 * An empty list gives `undefined`.
 *
 * @example
 * lastNames("Aho, Alfred V.; Lam, Monica S."); // ["aho", "lam"]
 * lastNames("Pete Loshin");                    // ["loshin"]
 * lastNames("HUTTON");                         // ["hutton"]
 */
export function lastNames(cell: string, surnameFirst = false, doubts?: NameDoubt[]): readonly string[] | undefined {
  if (isPlaceholder(cell)) return undefined;
  const text = utf8ReadAsLatin1(decodeEntities(cell))
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/\bnot available\b|\bet\.?\s*al\b\.?/gi, " ")
    .replace(NOT_AN_AUTHOR, "$1")
    .replace(NOT_AN_AUTHOR_AFTER, "")
    // A note in parentheses follows the name it is about, and ends it: "Edelstein (Author) Khalil, Tarek (Editor)".
    .replace(/\([^)]*\)|\[[^\]]*\]/g, "; ")
    .replace(/[’‘`]/g, "'")
    // A line break between two names, its tag left as "<br>" or "BR": "Sharma, VivekBRSharma, Rajiv".
    .replace(/<br\s*\/?>|(?<=[a-z])BR(?=[A-Z][a-z])/g, "; ")
    // Scraping turned hyphens into underscores: "Monson_Haefel".
    .replace(/_/g, "-")
    // Names run together by scraping: "Robert;Flajolet" lost its separator as "RobertFlajolet" ("TedHummel",
    // but not "McDonald" or "LeMonds"), "L.; Knuth, Donald" as "L.Knuth, Donald" (but "W.Richard" at the end is one given name).
    .replace(/(?<=\b([A-Za-z]*[a-z]{2}))(?=[A-Z][a-z])/g, (_, word: string) => (JOINED_PREFIX.test(word) ? "" : "; "))
    // In a "Last, First" chain that is a lost separator; in "First M.Last, First Last" only a lost space ("Yale N.Patt , Sanjay J.Patel").
    .replace(/(?<=[A-Z]\.)(?=[A-Z][a-z]+\s*,)/g, (_match, at: number, whole: string) => (CHAIN_START.test(whole.slice(0, at)) ? "; " : " "));
  const names = new Set<string>();
  const add = (name: string | undefined) => {
    if (name !== undefined && name !== "") names.add(name);
  };
  // "Last- First" writes its comma as a dash.
  for (const part of text.replace(/(?<=\w)- /g, ", ").split(/;|\/|\||&|\band\b|\bwith\b|\bedited by\b/i)) {
    const pieces = part.split(",").map(tokensOf).filter((p) => p.length > 0);
    if (!pieces.some((p) => p.some((t) => t.length > 1))) continue;
    const middle = pieces.slice(1, -1);
    const endsWithWord = (p: readonly string[]) => p.at(-1)!.length > 1;
    if (pieces.length === 1 && !endsWithWord(pieces[0]!) && pieces[0]!.filter((t) => t.length > 1).length >= 2) {
      // "Knuth Donald E": surname first, then the given name and its initial.
      add(lastPart(pieces[0]!.find((t) => t.length > 1)));
    } else if (pieces.length === 1 || pieces.every((p) => p.length >= 2 && endsWithWord(p))) {
      // "Donald E. Knuth", or "C. J. Date, Hugh Darwen": each piece a whole name (or two run together), surname last
      // (or, asked for the other reading, a name of two words written surname first: "Raskin Jef").
      for (const p of pieces) {
        if (ORGANISATION.test(p.at(-1)!)) add(p.join(""));
        else if (surnameFirst && surnameFirstReading(p) !== undefined) add(surnameFirstReading(p));
        else {
          const lasts = surnamesOfRun(p);
          for (const last of lasts) add(last);
          const other = surnameFirstReading(p);
          if (doubts !== undefined && other !== undefined && lasts.length === 1 && lasts[0] !== other) doubts.push({ usual: lasts[0]!, other });
        }
      }
    } else if (middle.length > 0 && middle.every((p) => p.length >= 2 && endsWithWord(p))) {
      // "Beauchemin, Bob Sullivan, Dan": "Last, First Last, First" without its separators; each middle piece ends with a surname.
      // (A particle between a given name and the next surname is read with that surname: "Balladelli, Micky de Clercq, Jan";
      // stores write "Clercq, Jan de Grillenmeier, Guido" as often, and the cell alone cannot tell.)
      add(surnameAt(pieces[0]!, pieces[0]!.length - 1));
      for (const p of middle) add(surnameAt(p, p.length - 1));
    } else {
      // "Knuth, Donald E." and "Knuth, Donald, Patashnik, Oren": surname first in each pair; "Dam, Andries van": its particle after.
      for (let i = 0; i < pieces.length; i += 2) {
        const given = pieces[i + 1] ?? [];
        const trailing = given.slice(lastWhere(given, (t) => !PARTICLE.test(t)) + 1);
        // An organisation written like a person, its legal form first ("Inc., Sun Microsystems"): its whole name.
        if (pieces[i]!.length === 1 && ORGANISATION.test(pieces[i]![0]!) && given.length > 0) add(given.join("") + pieces[i]![0]);
        const surname = surnameAt(pieces[i]!, lastWhere(pieces[i]!, (t) => t.length > 1));
        if (surname !== undefined && !(pieces[i]!.length === 1 && ORGANISATION.test(pieces[i]![0]!) && given.length > 0)) add(trailing.join("") + surname);
      }
    }
  }
  return names.size === 0 ? undefined : [...names].sort();
}

// Surname particles: they belong to the surname that follows them.
const PARTICLE = /^(?:van|von|vanden|vander|der|den|de|del|della|di|da|du|la|le|des|dos|ten|ter|st)$/;

/**
 * The other reading of an author list whose names of two words have no comma
 * ("Raskin Jef", "Beauchemin Bob, Sullivan Dan"): some stores write every name
 * surname first, and a cell alone cannot say which order it uses. The set of
 * last names with each such name read surname first, or `undefined` when the
 * cell has no such name (its reading is not in doubt).
 *
 * @example
 * otherLastNames("Raskin Jef");          // ["raskin"]
 * otherLastNames("Jef Raskin, Ken Arnold"); // ["jef", "ken"]
 * otherLastNames("Raskin, Jef");         // undefined
 */
export function otherLastNames(cell: string): readonly string[] | undefined {
  const usual = lastNames(cell);
  const other = lastNames(cell, true);
  return other === undefined || usual === undefined || other.join("|") === usual.join("|") ? undefined : other;
}

/** One name of a cell whose order is in doubt ("Beaumont Lee"): its last name read first name first, and read surname first. */
export interface NameDoubt {
  readonly usual: string;
  readonly other: string;
}

/**
 * The names of an author list whose order is in doubt, each with its two
 * readings (see `otherLastNames`), so that each can be read on its own: one
 * cell may write one name first name first and the next surname first
 * ("Markus Hofmann, Beaumont Lee").
 *
 * @example
 * nameDoubts("Markus Hofmann, Beaumont Lee"); // [{ usual: "hofmann", other: "markus" }, { usual: "lee", other: "beaumont" }]
 * nameDoubts("Hofmann, Markus");              // []
 */
export function nameDoubts(cell: string): readonly NameDoubt[] {
  const doubts: NameDoubt[] = [];
  lastNames(cell, false, doubts);
  return doubts;
}

/** The tokens of a piece in lower case: words and one-letter initials, roles dropped, apostrophes set aside. */
function tokensOf(piece: string): string[] {
  return piece
    .toLowerCase()
    .split(/[^a-z'-]+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, "").replace(/'/g, ""))
    .filter((w) => (w.length > 0 && !NOT_A_NAME.test(w.replace(/['.-]/g, ""))) || w.length === 1);
}

/**
 * The surname ending at token `i`, with the particles before it joined ("van der lans" → vanderlans); of a
 * compound surname, its last part, as of one written with a space ("Monson-Haefel", "Monson Haefel, Richard" and
 * "Richard Monson Haefel" → haefel; the gold writes Karen Sparck Jones "jones"); `undefined` for an initial.
 */
function surnameAt(tokens: readonly string[], i: number): string | undefined {
  if (i < 0 || tokens[i]!.length < 2) return undefined;
  let from = i;
  while (from > 0 && PARTICLE.test(tokens[from - 1]!)) from--;
  return tokens.slice(from, i).join("") + lastPart(tokens[i]);
}

/**
 * The surname of a name of two or three words written surname first, its particles before it ("Raskin Jef",
 * "Le Monds Kami": lemonds), or `undefined` when the name is not of that shape.
 */
function surnameFirstReading(p: readonly string[]): string | undefined {
  let k = 0;
  while (k < p.length && PARTICLE.test(p[k]!)) k++;
  const rest = p.slice(k);
  if ((rest.length !== 2 && rest.length !== 3) || !rest.every((t) => t.length > 1 && !PARTICLE.test(t))) return undefined;
  return p.slice(0, k).join("") + lastPart(rest[0]!);
}

/** The last part of a hyphenated word ("felke-morris" → morris), or the word. */
function lastPart(word: string): string;
function lastPart(word: string | undefined): string | undefined;
function lastPart(word: string | undefined): string | undefined {
  return word?.split("-").filter((w) => w !== "").at(-1) ?? word;
}

// The legal form that ends an organisation's name ("Schwalb Consulting LLC"): the name is not a person's, and has no surname.
const ORGANISATION = /^(?:llc|inc|ltd|corp|gmbh|plc)$/;


/**
 * The surnames of a run of "First Last" names: the last word, and any word after
 * a middle initial that two more tokens follow ("Donald E. Knuth John Fuller":
 * knuth and fuller; but "W. Richard Stevens" is one name).
 */
function surnamesOfRun(tokens: readonly string[]): string[] {
  const out: string[] = [];
  tokens.forEach((w, i) => {
    // (not after a first initial alone: "J. Joaquin Garcia Luna-Aceves" is one name, "C. J. Date Hugh Darwen" two)
    if (w.length > 1 && !PARTICLE.test(w) && i > 1 && tokens[i - 1]!.length === 1 && i + 2 < tokens.length) out.push(surnameAt(tokens, i)!);
  });
  const last = lastWhere(tokens, (t) => t.length > 1);
  if (last >= 0) out.push(surnameAt(tokens, last)!);
  return out;
}

/** The index of the last token that passes, or −1. */
function lastWhere(tokens: readonly string[], test: (token: string) => boolean): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (test(tokens[i]!)) return i;
  return -1;
}
