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
 */
import type { ResolvedBase, ValueModule } from "./value-module.js";
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
    labels.push(labelOf(tokens.slice(0, words).join(" ")));
    core = tokens.slice(words).join(" ");
  }
  return { type: "code", written, core: fold(core), labels, folded: fold(text) };
}

/** One word abbreviates the other ("TERM", "TERMINAL"). */
const abbreviates = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * Whether two codes' labels contradict each other: both name an identifier
 * and they differ ("Terminal 2" and "Terminal 3"), or both name only words
 * and no word of one abbreviates a word of the other ("Gate 7", "Stand 7").
 */
function labelsConflict(a: ResolvedCode, b: ResolvedCode): boolean {
  const ids = (c: ResolvedCode) => c.labels.map((l) => l.id).filter((id) => id !== "");
  const x = ids(a);
  const y = ids(b);
  if (x.length > 0 && y.length > 0 && !x.some((id) => y.includes(id))) return true;
  const wa = a.labels.flatMap((l) => l.words);
  const wb = b.labels.flatMap((l) => l.words);
  return wa.length > 0 && wb.length > 0 && !wa.some((w) => wb.some((v) => abbreviates(w, v)));
}

/** How much a code says beyond its core: each label, and each identifier in it. */
function specificity(c: ResolvedCode): number {
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
  how: (r) => (r.labels.length === 0 ? undefined : `'${r.written}' is code ${r.core}, qualified by ${r.labels.map((l) => [...l.words, l.id].filter(Boolean).join(" ")).join(" and ")}`),
  key: (r) => `${r.core}\u0000${labelKey(r)}`,
  canonical: (r) => r.written.trim().replace(/\s+/g, " "),
  label: (r) => r.written.trim().replace(/\s+/g, " "),
  compare(a, b) {
    if (a.folded === b.folded) return { relation: "same" };
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
    // A bare code lends half its weight to a labelled one; a labelled code confirms the bare one.
    return specificity(a) >= specificity(b) ? 1 : COARSER_SUPPORT;
  },
  combine(readings, counts) {
    // The most specific; ties: the most common, then the first in code-point order.
    let best = 0;
    for (let i = 1; i < readings.length; i++) {
      const d = specificity(readings[i]!) - specificity(readings[best]!) || counts[i]! - counts[best]!;
      if (d > 0 || (d === 0 && readings[i]!.written < readings[best]!.written)) best = i;
    }
    return readings[best]!;
  },
  blocks: (r) => [r.core],
};
