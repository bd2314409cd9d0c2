/**
 * `code` values: identifiers such as gates, flight or case numbers and ISBNs.
 *
 * Two codes are the same once case, spacing and punctuation are set aside
 * ("A12", "a-12", "A 12"); never by spelling distance ("A12" and "A13" are
 * different gates). A code that only adds a qualifying label to another
 * ("Term C - C18" to "C18", "Gate 7" to "7", "C20/C" to "C20") is compatible
 * and more specific: it says the same thing and a little more.
 *
 * A written code is read as its *core* (the identifier itself) and its
 * *labels* (what qualifies it):
 * - `LABEL - CORE`: a label before a spaced dash ("Terminal 3 - 24B");
 * - `CORE/QUALIFIER`: a qualifier after a slash ("C20/C", "22B/T4");
 * - leading words of three or more letters ("Gate 7", "Terminal A").
 * Labels are compared by their identifiers ("Term C" and "Terminal C" both
 * name C; "Terminal 2" and "Terminal 3" contradict each other).
 *
 * Some words name where a code is rather than the code: a terminal, a
 * concourse, a pier, a hall, a building. A value that is only such a place
 * ("Terminal 4", "Term 2") names no code at all — it says less than any code
 * it does not contradict: "Terminal 4" is compatible with "47B/T4", "Terminal
 * 4 - 47B" and a bare "47B" (which says nothing about the terminal), and less
 * specific than each; it contradicts "C20/C" and "Terminal 2 - 24", which name
 * another place. Its `core` is empty. ("Gate 7" names the gate itself: 7.)
 */
import { mostSpecific, type ResolvedBase, type ValueModule, type ValueRelation } from "./value-module.js";
import { COARSER_SUPPORT } from "./date.js";

/** What qualifies a code: "Term C" is the words ["TERM"] and the identifier "C". */
export interface CodeLabel {
  /** Its words of three or more letters, folded: "TERM", "MAIN", "GATE". */
  readonly words: readonly string[];
  /** Its identifiers, folded and joined by a space: "C", "T4", or "" when it has none. */
  readonly id: string;
}

/** A code value as the engine resolved it. */
export interface ResolvedCode extends ResolvedBase<"code"> {
  /** The identifier, folded: upper case, letters and digits only ("C18"). */
  readonly core: string;
  /** What qualifies it, in the order written. */
  readonly labels: readonly CodeLabel[];
  /** The whole code folded (labels and core): equal for codes written alike. */
  readonly folded: string;
}

/** Letters and digits in any script, upper-cased: case, spaces and punctuation set aside. */
function fold(text: string): string {
  return text.normalize("NFKC").toUpperCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** A word that names what a code is rather than being part of it: letters only, at least three. */
const LABEL_WORD = /^\p{L}{3,}$/u;

/** Words, folded, that name the place a code is in rather than the code itself. */
const PLACE_WORD = /^(?:TERMINAL|TERMINALS|TERM|CONCOURSE|CONC|PIER|HALL|BUILDING|BLDG|WING|SATELLITE)$/;

function labelOf(text: string): CodeLabel {
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter((t) => t !== "");
  return {
    words: tokens.filter((t) => LABEL_WORD.test(t)).map(fold),
    id: tokens.filter((t) => !LABEL_WORD.test(t)).map(fold).join(" "),
  };
}

/**
 * Split a written code into its core and labels.
 *
 * @example
 * ```ts
 * readCode("Term C - C18"); // { core: "C18", labels: [{ words: ["TERM"], id: "C" }], … }
 * readCode("Gate 7");       // { core: "7", labels: [{ words: ["GATE"], id: "" }], … }
 * ```
 */
export function readCode(written: string): ResolvedCode {
  const text = written.normalize("NFKC").trim().replace(/\s+/g, " ");
  const labels: CodeLabel[] = [];
  let core = text;
  // "Terminal 3 - 24B": the label is everything before the last spaced dash.
  const dash = core.lastIndexOf(" - ");
  if (dash > 0 && fold(core.slice(dash + 3)) !== "") {
    labels.push(labelOf(core.slice(0, dash)));
    core = core.slice(dash + 3);
  }
  // "C20/C", "22B/T4": a qualifier after the first slash, when both sides hold something.
  const slash = core.indexOf("/");
  if (slash > 0 && fold(core.slice(0, slash)) !== "" && fold(core.slice(slash + 1)) !== "") {
    labels.push(labelOf(core.slice(slash + 1)));
    core = core.slice(0, slash);
  }
  // "Gate 7": leading label words, as long as something remains.
  const tokens = core.split(" ");
  let words = 0;
  while (words < tokens.length - 1 && LABEL_WORD.test(tokens[words]!)) words++;
  if (words > 0) {
    const label = labelOf(tokens.slice(0, words).join(" "));
    const rest = tokens.slice(words).join(" ");
    // "Terminal 4", "Term C": a place and its identifier, no code.
    if (labels.length === 0 && label.words.every((w) => PLACE_WORD.test(w)) && tokens.length - words === 1) {
      return { type: "code", written, core: "", labels: [{ words: label.words, id: fold(rest) }], folded: fold(text) };
    }
    labels.push(label);
    core = rest;
  }
  return { type: "code", written, core: fold(core), labels, folded: fold(text) };
}

/**
 * The places a code's labels name, as they may be written: "Terminal 4" is 4
 * or T4; a bare qualifier ("/T4", "/C") is itself.
 */
function placesOf(c: ResolvedCode): string[] {
  const out: string[] = [];
  for (const l of c.labels) {
    if (l.id === "") continue;
    out.push(l.id);
    const word = l.words.find((w) => PLACE_WORD.test(w));
    if (word !== undefined) out.push(`${word[0]}${l.id}`);
  }
  return out;
}

/** A value that names only a place ("Terminal 4"), no code. */
const placeOnly = (c: ResolvedCode) => c.core === "" && c.labels.length > 0;

/** How a place-only value relates to another value: the same place, or compatible with a code it does not contradict. */
function comparePlace(place: ResolvedCode, other: ResolvedCode, placeIsFirst: boolean): ValueRelation {
  const mine = placesOf(place);
  const theirs = placesOf(other);
  const met = theirs.some((p) => mine.includes(p));
  if (placeOnly(other)) return met && !labelsConflict(place, other) ? { relation: "same" } : { relation: "different" };
  if (theirs.length > 0 && !met) return { relation: "different" };
  return { relation: "compatible", finer: placeIsFirst ? "second" : "first" };
}

/** One word abbreviates the other ("TERM", "TERMINAL"). */
const abbreviates = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * Whether two codes' labels contradict each other: both name an identifier
 * and they differ ("Terminal 2" and "Terminal 3"; "Terminal 4" and "/T4" do
 * not: a place word's initial and its identifier), or both name only words
 * and no word of one abbreviates a word of the other ("Gate 7", "Stand 7").
 */
function labelsConflict(a: ResolvedCode, b: ResolvedCode): boolean {
  // Identifiers as a place may be written: "Terminal 4" and "/T4" name one terminal.
  const x = placesOf(a);
  const y = placesOf(b);
  if (x.length > 0 && y.length > 0 && !x.some((id) => y.includes(id))) return true;
  const wa = a.labels.flatMap((l) => l.words);
  const wb = b.labels.flatMap((l) => l.words);
  return wa.length > 0 && wb.length > 0 && !wa.some((w) => wb.some((v) => abbreviates(w, v)));
}

/** How much a code says beyond its core: each label, and each identifier in it; a place without a code says least. */
function specificity(c: ResolvedCode): number {
  if (placeOnly(c)) return -1;
  let n = 0;
  for (const l of c.labels) n += l.id === "" ? 1 : 2;
  return n;
}

/** The same labels, however abbreviated: "Term C" and "Terminal C". */
function sameLabels(a: ResolvedCode, b: ResolvedCode): boolean {
  if (a.labels.length !== b.labels.length) return false;
  return a.labels.every((l, i) => {
    const m = b.labels[i]!;
    return l.id === m.id && l.words.length === m.words.length && l.words.every((w, j) => abbreviates(w, m.words[j]!));
  });
}

const labelKey = (c: ResolvedCode) => c.labels.map((l) => `${l.words.join(" ")}:${l.id}`).join("\u0001");

export const codeValues: ValueModule<"code", ResolvedCode> = {
  type: "code",
  written: (value) => value.value,
  shareKey: (value) => value.value,
  read: (value) => readCode(value.value),
  failure(r) {
    if (r.folded === "") return `'${r.written}' has no letters or digits`;
    // An identifier is one token or a labelled one; a phrase of words with no digit ("Contact airline") is a remark.
    const words = r.written.split(/[^\p{L}\p{N}]+/u).filter((t) => LABEL_WORD.test(t));
    if (words.length >= 2 && !/\p{N}/u.test(r.written)) return `'${r.written}' is words, not a code`;
    return undefined;
  },
  how: (r) => {
    const labels = r.labels.map((l) => [...l.words, l.id].filter(Boolean).join(" ")).join(" and ");
    if (placeOnly(r)) return `'${r.written}' names a place (${labels}), not a code`;
    return r.labels.length === 0 ? undefined : `'${r.written}' is code ${r.core}, qualified by ${labels}`;
  },
  key: (r) => `${r.core}\u0000${labelKey(r)}`,
  canonical: (r) => r.written.trim().replace(/\s+/g, " "),
  label: (r) => r.written.trim().replace(/\s+/g, " "),
  compare(a, b) {
    if (a.folded === b.folded) return { relation: "same" };
    if (placeOnly(a)) return comparePlace(a, b, true);
    if (placeOnly(b)) return comparePlace(b, a, false);
    if (a.core !== b.core || labelsConflict(a, b)) return { relation: "different" };
    const sa = specificity(a);
    const sb = specificity(b);
    if (sameLabels(a, b)) return { relation: "same" };
    if (sa === sb) return { relation: "compatible", finer: "neither" };
    return { relation: "compatible", finer: sa > sb ? "first" : "second" };
  },
  support(a, b) {
    const relation = codeValues.compare(a, b, { type: "code", cardinality: "one", changesOverTime: false, declared: false });
    if (relation.relation === "different") return 0;
    if (relation.relation === "same") return 1;
    // A bare code lends half its weight to a labelled one, a place to a code in it; the more specific confirms the less.
    return specificity(a) >= specificity(b) ? 1 : COARSER_SUPPORT;
  },
  // The most specific; ties: the most common, then the first in code-point order.
  combine: (readings, counts) => mostSpecific(readings, counts, specificity),
  // A code shares a block with codes of its core, and with the places it names (or, naming none, with every place).
  blocks: (r) => {
    const places = placesOf(r).map((p) => `@${p}`);
    if (placeOnly(r)) return [...places, "@?"];
    return [r.core, ...(places.length > 0 ? places : ["@?"])];
  },
};
