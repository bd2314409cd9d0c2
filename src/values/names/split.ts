/**
 * Reading a list of names as written into names: where one name ends and the
 * next begins, and which part of each is the surname.
 *
 * The grammar, from the outside in:
 *
 * | step | what | example |
 * |---|---|---|
 * | clean | HTML entities, spacing, degrees, "et al." | `Aho &amp; Lam`, `Knuth, Donald, Ph.D.`, `Hofmeister, et al` |
 * | separators | `;` `/` `\|` `&` `+` `and` `with`, "By (author)" | `Aho, Alfred V.; Lam, Monica S.` |
 * | roles | "(Author)", "(Editor)", "(With)" end a name; "(Foreword by)", "(Illustrator)", "Translated by …" mark someone who is not an author, left out | `Binstock, Andrew (Author) Rex, John (With)` |
 * | commas | `Last, First` pairs; `First Last` names; `Last, First Last, First` chains (scraped lists that lost the separator between names) | `Aho, Alfred V., Lam, Monica S.`; `Donald E. Knuth, Oren Patashnik`; `ROZANSKI, NICK WOODS, EOIN` |
 * | one name | `First Last`, a surname alone, `Last First M.` (a trailing initial) | `Pete Loshin`, `HUTTON`, `Knuth Donald E` |
 *
 * A comma between two single words is read as `Last, First` ("Knuth, Donald"),
 * never as two surnames: that is how lists are written far more often. Except
 * in a serial list, `A, B and C` (or `A, B, and C`, `A, B & C`): when every
 * item is a single word and none is a given name the given-names table knows,
 * the commas separate surnames like the `and` ("Graham, Knuth and Patashnik"),
 * while "Campbell, Dave and Mary" stays Dave Campbell and Mary. What
 * fits none of these is a failure with its reason, never a guess: four names
 * or more with no separator ("Richard Roiger Michael Geatz"), comma-separated
 * parts that are neither pairs nor names, names run together in capitals.
 */
import { isGivenName } from "../../entities/given-names.js";
import { plainLetters } from "../../entities/normalize.js";
import { DEGREES, decodeEntities, ET_AL, isPlaceholder, repairMojibake, tidySpaces } from "./clean.js";

/** One name of a list, as read. */
export interface ListedName {
  /** This name as the list wrote it, cleaned ("Knuth, Donald E."). */
  readonly written: string;
  /** Given names and initials ("Donald E."), or "" for a surname alone. */
  readonly given: string;
  /** The surname with its particles ("Knuth", "van der Lans"). */
  readonly surname: string;
  /** A generational suffix ("Jr.", "III"), or "". */
  readonly suffix: string;
  /** The name in `First Last` order ("Donald E. Knuth"). */
  readonly name: string;
  /**
   * The name read the other way round, when the order was a guess: words
   * written without a comma or an initial ("Seacord Robert" may be
   * "Robert Seacord", as some lists write surnames first).
   */
  readonly reversed?: string;
}

/** A list of names as read, or why it could not be. */
export interface NameListReading {
  readonly names: readonly ListedName[];
  /** The list says it is incomplete ("et al."). */
  readonly etAl: boolean;
  /** How it was split ("split at ';' into 2 names, each 'Last, First'"). */
  readonly how: string | undefined;
  readonly failure: string | undefined;
}

/** Surname particles: they belong to the surname that follows them ("van der Lans", "de la Cruz"). */
const PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "degli", "di", "da", "du", "la", "le", "dos", "das", "do", "ten", "ter", "te", "st", "saint", "bin", "ibn", "al", "el", "vander", "vanden"]);

/** Generational suffixes. */
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** Roles of someone who is named with the authors but is not one. */
const NOT_AUTHOR = /^(?:foreword|frw|fwd|preface|pref|introduction|intro|afterword|aft|illustrat\w*|ilt|ill|illus|translat\w*|trn|trans|tr|photograph\w*|pht|manufactured\b.*|narrat\w*|nrt|read by|cover\b.*)(?:\s+by)?\.?$/i;

/** Roles of a person named as an author or with them: they end the name they follow. */
const ROLE = /^(?:by\s+)?(?:author|authors|au|aut|editor|editors|edt|eds?\.?|joint\s+(?:author|editor)s?|with|con|contributor|contribution\s+by|compiler|comp|cmp|creator|cre|cor|corporate\s+author|na|more|adapter|adp|other|oth|ed\.?\s+by|edited\s+by)$/i;

/** A leading phrase that introduces someone who is not an author ("Foreword by", "Illustrated by"). */
const NOT_AUTHOR_LEAD = /^(?:foreword|preface|introduction|afterword|illustrations?|illustrated|translated|translation|photographs?|photography)\s*(?:by)?\s*:?\s+/i;

/** Words that mark an editor: they are not part of the name. */
const EDITOR_WORDS = /(?:^|(?<=[\s,]))(?:edited\s+by|compiled\s+by|editors?\s*:|eds?\.|editors?|compiler)(?=$|[\s,;])/gi;

/** Separators between names. `by` before a role in parentheses ("By (author)") opens a name. */
/** An HTML line break left in a list: the tag, or its name in capitals between a lower-case letter and a capitalised word. */
const LINE_BREAK = /\s*<br\s*\/?>\s*|(?<=\p{Ll})BR(?=\p{Lu}\p{Ll})/gu;

const SEPARATOR = /\s*;\s*|\s*\/\s*|\s*\|\s*|\s*&\s*|\s+\+\s+|\s+and\s+|\s+with\s+|\bby\s*\([^()]*\)\s*/gi;

/**
 * Read a list of names as written.
 *
 * @example
 * ```ts
 * readNameList("Knuth, Donald E.; Patashnik, Oren").how; // "split at ';' into 2 names, each 'Last, First'"
 * readNameList("Donald E. Knuth, Oren Patashnik").names.map((n) => n.surname); // ["Knuth", "Patashnik"]
 * ```
 */
export function readNameList(expr: string): NameListReading {
  const notes: string[] = [];
  let text = decodeEntities(expr);
  if (text !== expr) notes.push("HTML entities decoded");
  const repaired = repairMojibake(text);
  if (repaired !== text) notes.push("UTF-8 read as Latin-1 repaired");
  text = repaired;
  text = tidySpaces(text);
  // "Sharma, VivekBRSharma, Rajiv": a scraped page's line break between two names, its tag left as "<br>" or "BR".
  const unbroken = text.replace(LINE_BREAK, "; ");
  if (unbroken !== text) {
    notes.push("'BR' read as a line break between names");
    text = unbroken;
  }
  if (text === "" || isPlaceholder(text)) return failed(`'${expr.trim()}' names no one`);
  let etAl = false;
  text = text.replace(ET_AL, () => {
    etAl = true;
    return " ";
  });
  if (etAl) notes.push("'et al.' read as an incomplete list");
  const withoutDegrees = text.replace(DEGREES, "");
  if (withoutDegrees !== text) notes.push("degrees left out");
  text = tidySpaces(withoutDegrees);
  if (/[()]/.test(text.replace(/\([^()]*\)/g, ""))) return failed(`'${expr.trim()}' has an unbalanced parenthesis`);
  // "Skonnard- Aaron/ Gudgin- Martin": in a list with no comma, a hyphen and a space after a word are a comma that lost its shape.
  if (!text.includes(",") && /\p{L}- \p{L}/u.test(text)) {
    text = text.replace(/(?<=\p{L})- (?=\p{L})/gu, ", ");
    notes.push("'- ' read as a comma");
  }

  // "Graham, Knuth and Patashnik": a serial list of surnames, its commas separators like its "and".
  const serial = serialSurnames(text);
  if (serial !== undefined) notes.push("its commas separate surnames ('A, B and C', none a given name)");
  const separators = new Set<string>(serial === undefined ? [] : ["','"]);
  const rawParts = serial ?? text.split(SEPARATOR);
  for (const m of text.matchAll(SEPARATOR)) separators.add(separatorName(m[0]));
  const names: ListedName[] = [];
  const patterns: string[] = [];
  let leftOut = 0;
  let roles = 0;
  for (let part of rawParts) {
    part = part.replace(/^[\s,.:]+|[\s,:]+$/g, "");
    if (part === "") continue;
    // "Not Available (NA)/ Morris, Terry": a placeholder among the names names no one.
    if (isPlaceholder(part)) {
      leftOut++;
      continue;
    }
    if (NOT_AUTHOR_LEAD.test(part)) {
      leftOut++;
      continue;
    }
    part = part.replace(/^by\s+/i, "");
    // "Bloch, Joshua, foreword by Guy Steele": who follows is not an author.
    const lead = /[\s,]+(?:foreword|preface|introduction|afterword|illustrated|illustrations|translated)\s+by\b.*$/i.exec(part);
    if (lead) {
      leftOut++;
      part = part.slice(0, lead.index);
    }
    const cleaned = tidySpaces(part.replace(EDITOR_WORDS, " "));
    if (cleaned !== part) roles++;
    const chunks = chunksByRole(cleaned);
    // Names that only role marks such as "(Author)" separate.
    if (chunks.filter((c) => c.text.trim() !== "").length > 1) separators.add("role marks");
    for (const chunk of chunks) {
      if (chunk.role !== undefined) roles++;
      if (chunk.role !== undefined && NOT_AUTHOR.test(chunk.role)) {
        leftOut++;
        continue;
      }
      const text = chunk.text.replace(/^[\s,.:]+|[\s,:]+$/g, "");
      if (text === "") continue;
      const read = readChunk(text);
      if ("failure" in read) return failed(read.failure);
      names.push(...read.names);
      patterns.push(read.pattern);
      if (read.split !== undefined) separators.add(read.split);
      if (read.note) notes.push(read.note);
    }
  }
  if (roles > 0) notes.push("role words left out");
  if (leftOut > 0) notes.push(`${leftOut === 1 ? "1 contributor who is" : `${leftOut} contributors who are`} not an author left out`);
  if (names.length === 0) return failed(`'${expr.trim()}' names no one`);
  const unique = withoutRepeats(names);
  if (unique.length < names.length) notes.push(`${names.length - unique.length === 1 ? "1 repeated name" : `${names.length - unique.length} repeated names`} left out`);
  return { names: unique, etAl, how: describe(names.length, separators, patterns, notes), failure: undefined };
}

/**
 * Read a list given as an array, one name per element, each `First Last` or
 * `Last, First`.
 *
 * @example
 * ```ts
 * readListedNames(["Knuth, Donald E.", "Oren Patashnik"]).names.map((n) => n.name); // ["Donald E. Knuth", "Oren Patashnik"]
 * ```
 */
export function readListedNames(values: readonly string[]): NameListReading {
  const names: ListedName[] = [];
  let reordered = 0;
  for (const value of values) {
    const text = tidySpaces(repairMojibake(decodeEntities(value))).replace(DEGREES, "");
    if (text === "" || isPlaceholder(text)) return failed(`'${value}' names no one`);
    const read = readChunk(text);
    if ("failure" in read) return failed(read.failure);
    if (read.names.length !== 1) return failed(`'${value}' is more than one name; list each name as its own element`);
    if (read.pattern === "'Last, First'") reordered++;
    names.push(read.names[0]!);
  }
  const unique = withoutRepeats(names);
  const notes = [
    ...(reordered > 0 ? [`${reordered === 1 ? "1 name" : `${reordered} names`} written 'Last, First'`] : []),
    ...(unique.length < names.length ? [`${names.length - unique.length === 1 ? "1 repeated name" : `${names.length - unique.length} repeated names`} left out`] : []),
  ];
  return { names: unique, etAl: false, how: notes.length > 0 ? notes.join("; ") : undefined, failure: undefined };
}

/**
 * A serial list of surnames, its items in order: `A, B and C` (with a comma
 * before the `and` or not, or `&`), at least three items, each a single word
 * and none a given name the table knows. `undefined` for anything else.
 */
function serialSurnames(text: string): string[] | undefined {
  const m = /^([^;/|&+]*,[^;/|&+]*?),?\s+(?:and|&)\s+([^,;/|&+]+)$/i.exec(text);
  if (m === null || /\s(?:and|with)\s/i.test(m[1]!)) return undefined;
  const items = [...m[1]!.split(","), m[2]!].map((t) => t.trim()).filter((t) => t !== "");
  if (items.length < 3) return undefined;
  const surname = (t: string) => isWord(t) && !isParticle(t) && !SUFFIX.test(t) && !isGivenName(plainLetters(t).toLowerCase());
  return items.every(surname) ? items : undefined;
}

function failed(failure: string): NameListReading {
  return { names: [], etAl: false, how: undefined, failure };
}

function separatorName(sep: string): string {
  const s = sep.trim().toLowerCase();
  if (s.startsWith("by")) return "'By (…)'";
  return `'${s}'`;
}

/** The text between role marks, each with the role that follows it ("Binstock, Andrew (Author)"). */
function chunksByRole(part: string): { text: string; role: string | undefined }[] {
  const chunks: { text: string; role: string | undefined }[] = [];
  let last = 0;
  let pending = "";
  for (const m of part.matchAll(/\(([^()]*)\)/g)) {
    const inside = m[1]!.trim();
    const before = pending + part.slice(last, m.index);
    last = m.index + m[0].length;
    if (ROLE.test(inside) || NOT_AUTHOR.test(inside)) {
      chunks.push({ text: before, role: inside });
      pending = "";
    } else {
      // Not a role ("(Rick)", "(more info)"): a remark inside a name, left out.
      pending = `${before} `;
    }
  }
  chunks.push({ text: pending + part.slice(last), role: undefined });
  return chunks;
}

/** The names of one stretch, their shape, and what split them (`','`, "middle initials"), if anything did. */
type ChunkReading = { readonly names: ListedName[]; readonly pattern: string; readonly note?: string; readonly split?: string } | { readonly failure: string };

const isInitial = (t: string) => /^\p{L}\.?$/u.test(t);
const isWord = (t: string) => /^\p{L}[\p{L}\p{M}'’\-.]*\p{L}\.?$/u.test(t) && !isInitial(t);
const isParticle = (t: string) => PARTICLES.has(t.toLowerCase().replace(/\.$/, ""));
const tokensOf = (s: string) => s.split(" ").filter((t) => t !== "");

/** One surname, perhaps with particles: "Knuth", "Felke-Morris", "Van Der Lans". */
function surnameLike(tokens: readonly string[]): boolean {
  return tokens.length > 0 && isWord(tokens.at(-1)!) && !SUFFIX.test(tokens.at(-1)!) && tokens.slice(0, -1).every(isParticle);
}

/** Given names and initials: "Donald E.", "C. J.", "Mary Ann". */
function givenLike(tokens: readonly string[]): boolean {
  return tokens.length >= 1 && tokens.length <= 3 && tokens.every((t) => isInitial(t) || isWord(t));
}

/** A name in `First Last` order: at least two tokens, the last a word. */
function fullName(tokens: readonly string[]): boolean {
  return tokens.length >= 2 && isWord(tokens.at(-1)!) && tokens.every((t) => isInitial(t) || isWord(t));
}

/** Where the surname starts in a `First Last` name: its last word and the particles before it. */
function surnameStart(tokens: readonly string[]): number {
  let start = tokens.length - 1;
  while (start > 1 && isParticle(tokens[start - 1]!)) start--;
  return start;
}

/** Glued text as scrapers leave it: "M.Begg" → "M. Begg", "C.J." → "C. J.", "RobertFlajolet" → "Robert Flajolet". */
function unglue(text: string): { text: string; note?: string } {
  const spaced = text
    .replace(/(\p{L})\.(?=\p{L})/gu, "$1. ")
    .replace(/(?<=\p{L})_(?=\p{L})/gu, "-")
    .replace(/(?<=\p{L})-(?=\s|$)|(?<=\s|^)-(?=\p{L})/gu, " ");
  const glued: string[] = [];
  const split = spaced.replace(/\b(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)\b/gu, (whole, left: string, right: string) => {
    if (/^(?:mac|fitz|van|von|del|della|des|den|der|ter|ten|dos|das|san|santa|saint|abu|abd|bin|ibn|o)$/i.test(left)) return whole;
    glued.push(`'${whole}' as '${left} ${right}'`);
    return `${left} ${right}`;
  });
  return glued.length > 0 ? { text: split, note: `read ${glued.join(", ")}` } : { text: split };
}

/** One stretch of a list between separators and roles: one name or several joined by commas. */
function readChunk(raw: string): ChunkReading {
  const { text, note } = unglue(raw);
  if (/\d/.test(text)) return { failure: `'${raw}' is not a name: it has digits` };
  if (!/\p{L}/u.test(text)) return { failure: `'${raw}' has no letters to read as a name` };
  const segments = text.split(",").map((s) => tidySpaces(s)).filter((s) => s !== "");
  // A suffix written as its own part ("Brooks, Frederick P., Jr.") belongs to the name before it.
  const parts: { tokens: string[]; suffix: string; written: string }[] = [];
  for (const seg of segments) {
    // "Shaw, Paul, D": an initial where a surname would stand completes the given names before it.
    if (parts.length % 2 === 0 && parts.length > 0 && tokensOf(seg).every(isInitial) && !tokensOf(parts.at(-1)!.written).every(isInitial)) {
      const prev = parts.at(-1)!;
      parts[parts.length - 1] = { tokens: [...prev.tokens, ...tokensOf(seg)], suffix: prev.suffix, written: `${prev.written}, ${seg}` };
      continue;
    }
    if (SUFFIX.test(seg) && parts.length > 0) {
      const prev = parts.at(-1)!;
      parts[parts.length - 1] = { ...prev, suffix: seg, written: `${prev.written}, ${seg}` };
    } else {
      parts.push({ tokens: tokensOf(seg), suffix: "", written: seg });
    }
  }
  for (const p of parts) {
    const bad = p.tokens.find((t) => !isInitial(t) && !isWord(t));
    if (bad !== undefined) return { failure: `'${raw}' is not a list of names: '${bad}' is not a name` };
  }
  const reading = readParts(parts, raw);
  if ("failure" in reading) return reading;
  return note === undefined ? reading : { ...reading, note };
}

interface Part {
  readonly tokens: string[];
  readonly suffix: string;
  readonly written: string;
}

function readParts(parts: readonly Part[], raw: string): ChunkReading {
  const n = parts.length;
  const caps = raw === raw.toUpperCase() && /\p{Lu}{2}/u.test(raw);
  const make = (given: readonly string[], surname: readonly string[], suffix: string, written: string) => person(given, surname, suffix, written, caps);
  if (n === 1) {
    const [p] = parts as [Part];
    const words = p.tokens.filter((t) => isWord(t) && !isParticle(t));
    if (words.length >= 4) {
      const run = splitAtInitials(p.tokens);
      if (run === undefined) return { failure: `cannot tell where one name ends and the next begins in '${raw}': ${words.length} names with no separator` };
      const names = run.map((t) => {
        const start = surnameStart(t);
        return make(t.slice(0, start), t.slice(start), "", t.join(" "));
      });
      return { names, pattern: "'First M. Last' with no separator between names", split: "middle initials" };
    }
    // "Knuth Donald E": a trailing initial puts the surname first.
    if (p.tokens.length >= 2 && isInitial(p.tokens.at(-1)!) && isWord(p.tokens[0]!)) {
      return { names: [make(p.tokens.slice(1), p.tokens.slice(0, 1), p.suffix, p.written)], pattern: "'Last First'" };
    }
    const start = surnameStart(p.tokens);
    return { names: [withReversal(make(p.tokens.slice(0, start), p.tokens.slice(start), p.suffix, p.written), p, caps)], pattern: p.tokens.length === 1 ? "a surname alone" : "'First Last'" };
  }
  // "Harrington, Jan L. Harrington": 'Last, First' with the surname written again at the end.
  if (n === 2) {
    const [a, b] = parts as [Part, Part];
    const again = b.tokens.length >= 2 && a.tokens.length === 1 && isWord(a.tokens[0]!) && b.tokens.at(-1)!.toLowerCase() === a.tokens[0]!.toLowerCase();
    if (again && givenLike(b.tokens.slice(0, -1)) && a.suffix === "") {
      return { names: [make(b.tokens.slice(0, -1), a.tokens, b.suffix, `${a.written}, ${b.written}`)], pattern: "'Last, First'", note: "a surname written twice read once" };
    }
  }
  // "Aho, Alfred V., Lam, Monica S.": Last, First pairs.
  if (n % 2 === 0 && parts.every((p, i) => (i % 2 === 0 ? surnameLike(p.tokens) && p.suffix === "" : givenLike(p.tokens)))) {
    const names: ListedName[] = [];
    for (let i = 0; i < n; i += 2) names.push(make(parts[i + 1]!.tokens, parts[i]!.tokens, parts[i + 1]!.suffix, `${parts[i]!.written}, ${parts[i + 1]!.written}`));
    return { names, pattern: "'Last, First'", split: names.length > 1 ? "','" : undefined };
  }
  // "Sparck Jones, Karen": a surname of two words; but "Jennifer Golbeck, Golbeck" names one person twice.
  if (n === 2) {
    const [a, b] = parts as [Part, Part];
    const bWords = b.tokens.filter(isWord);
    const repeats = bWords.length === 1 && bWords[0]!.toLowerCase() === a.tokens.at(-1)!.toLowerCase();

    if (a.tokens.length <= 3 && a.tokens.every(isWord) && givenLike(b.tokens) && !fullName(b.tokens) && bWords.length <= 1 && !repeats && a.suffix === "") {
      return { names: [make(b.tokens, a.tokens, b.suffix, `${a.written}, ${b.written}`)], pattern: "'Last, First'" };
    }
  }
  // "Donald E. Knuth, Oren Patashnik": First Last names (a surname alone among them).
  if (fullName(parts[0]!.tokens) && parts.every((p) => fullName(p.tokens) || surnameLike(p.tokens))) {
    if (parts.some((p) => p.tokens.filter((t) => isWord(t) && !isParticle(t)).length >= 4)) {
      return { failure: `cannot tell where one name ends and the next begins in '${raw}': a part has four names or more with no separator` };
    }
    const names = parts.map((p) => {
      const start = surnameStart(p.tokens);
      return withReversal(make(p.tokens.slice(0, start), p.tokens.slice(start), p.suffix, p.written), p, caps);
    });
    return { names, pattern: "'First Last'", split: "','" };
  }
  // "ROZANSKI, NICK WOODS, EOIN": Last, First Last, First — the separator between names was lost.
  if (n >= 3 && surnameLike(parts[0]!.tokens) && givenLike(parts[n - 1]!.tokens) && parts.slice(1, -1).every((p) => fullName(p.tokens) && surnameStart(p.tokens) > 0)) {
    const names: ListedName[] = [];
    let surname = parts[0]!.tokens;
    let surnameWritten = parts[0]!.written;
    for (let i = 1; i < n; i++) {
      const p = parts[i]!;
      if (i === n - 1) {
        names.push(make(p.tokens, surname, p.suffix, `${surnameWritten}, ${p.written}`));
        break;
      }
      const start = surnameStart(p.tokens);
      const given = p.tokens.slice(0, start);
      names.push(make(given, surname, "", `${surnameWritten}, ${given.join(" ")}`));
      surname = p.tokens.slice(start);
      surnameWritten = surname.join(" ");
    }
    return { names, pattern: "'Last, First' with no separator between names", split: "','" };
  }
  return {
    failure: `cannot tell where one name ends and the next begins in '${raw}': ${n} comma-separated parts that are neither 'Last, First' pairs nor 'First Last' names`,
  };
}

/**
 * Names run together without separators, told apart by their middle
 * initials: each run of initials is the middle of a name, between its given
 * name and its surname ("Brent E. Rector Joseph M. Newcomer"); words between
 * two such names must be one `First Last` name of exactly two words.
 * Anything else cannot be told apart: `undefined`.
 */
function splitAtInitials(tokens: readonly string[]): string[][] | undefined {
  const names: string[][] = [];
  const gap = (from: number, to: number): boolean => {
    if (to - from === 2) names.push(tokens.slice(from, to));
    return to - from === 0 || to - from === 2;
  };
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!isInitial(tokens[i]!)) continue;
    let j = i;
    while (j + 1 < tokens.length && isInitial(tokens[j + 1]!)) j++;
    if (i - 1 < next || !isWord(tokens[i - 1]!) || j + 1 >= tokens.length || !isWord(tokens[j + 1]!)) return undefined;
    if (!gap(next, i - 1)) return undefined;
    names.push(tokens.slice(i - 1, j + 2));
    next = j + 2;
    i = j + 1;
  }
  if (!gap(next, tokens.length) || names.length < 2) return undefined;
  return names;
}

/** Two or three words and nothing else ("Seacord Robert"): either order may be meant. */
function withReversal(name: ListedName, p: Part, caps: boolean): ListedName {
  const t = p.tokens;
  if (t.length < 2 || t.length > 3 || p.suffix !== "" || !t.every((x) => isWord(x) && !isParticle(x))) return name;
  const other = person(t.slice(1), t.slice(0, 1), "", p.written, caps);
  return Object.freeze({ ...name, reversed: other.name });
}

/** Words in capitals as a name is usually written: "KNUTH" → "Knuth", "O'LEARY" → "O'Leary". */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[\s'’\-.])(\p{Ll})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

function person(given: readonly string[], surname: readonly string[], suffix: string, written: string, caps: boolean): ListedName {
  // A generational suffix written among the given names or after the surname ("Olsen, Dan R. Jr.", "Staugaard, Andrew
  // Jr. C.", "Olsen Jr, Dan R."): the name's suffix, not a given name nor part of the surname.
  if (suffix === "") {
    const inGiven = given.findIndex((t, i) => i > 0 && SUFFIX.test(t));
    if (inGiven > 0) return person([...given.slice(0, inGiven), ...given.slice(inGiven + 1)], surname, given[inGiven]!, written, caps);
    if (surname.length > 1 && SUFFIX.test(surname.at(-1)!)) return person(given, surname.slice(0, -1), surname.at(-1)!, written, caps);
  }
  const fix = (tokens: readonly string[]) => (caps ? tokens.map((t) => (isInitial(t) ? t : titleCase(t))) : tokens).join(" ");
  const g = fix(given.map((t) => (isInitial(t) && !t.endsWith(".") ? `${t}.` : t)));
  const s = fix(surname);
  const x = caps ? titleCase(suffix) : suffix;
  return Object.freeze({ written, given: g, surname: s, suffix: x, name: [g, s, x].filter((t) => t !== "").join(" ") });
}

/** Names listed twice, or once in full and once shortened ("Golbeck"), count once: the fuller form is kept. */
function withoutRepeats(names: readonly ListedName[]): ListedName[] {
  // Decided in names.ts, which compares names; here only exact repeats of the same reading.
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.name.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(count: number, separators: ReadonlySet<string>, patterns: readonly string[], notes: readonly string[]): string {
  const distinct = [...new Set(patterns)];
  const seps = [...separators];
  let head: string;
  if (count === 1) head = `one name, written ${distinct[0]}`;
  else {
    const where = seps.length === 0 ? "" : ` at ${seps.join(" and ")}`;
    const shape =
      distinct.length === 1
        ? `, each ${distinct[0]!.replace(" with no separator between names", "")}${distinct[0]!.includes("no separator") ? ", with no separator between names" : ""}`
        : `, written ${distinct.join(" and ")}`;
    head = `split${where} into ${count} names${shape}`;
  }
  return [head, ...notes].join("; ");
}
