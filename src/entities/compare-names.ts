/**
 * How two names as written relate: the same name, a less specific form of it,
 * or another name. Names are compared token by token, never by edit distance
 * over the whole string: "George W. Bush" and "George H. W. Bush", "John
 * Kerry" and "John Kelly", "Republic of Korea" and "Democratic People's
 * Republic of Korea" are a few letters apart and different.
 */
import { parseName, type NameToken, type ParsedName } from "./normalize.js";
import { spellingVariant } from "./spelling.js";
import { sameGivenName } from "./given-names.js";

/**
 * Words that belong to the surname after them ("van der Lans", "de la Cruz"): never middle names.
 *
 * @example
 * ```ts
 * SURNAME_PARTICLES.has("van"); // true: "Rick Van Der Lans" states no middle name
 * ```
 */
export const SURNAME_PARTICLES: ReadonlySet<string> = new Set(["van", "von", "der", "den", "de", "del", "della", "degli", "di", "da", "du", "la", "le", "dos", "das", "do", "ten", "ter", "te", "vander", "vanden"]);

/** The outcome of comparing two names. */
export interface NameMatch {
  /** `true` only when both name the same entity as far as spelling can tell (`relation: "same"`). */
  readonly same: boolean;
  /**
   * - `same`: one name, however spelt;
   * - `compatible`: one is a less specific form of the other (a dropped middle
   *   name, an initial for a given name, a surname alone, a short form of a formal
   *   name): they may name one entity, but neither confirms the other;
   * - `different`: another name (a different surname or given name, an extra
   *   initial, a distinguishing word such as "North", "Democratic", "Jr.", "II").
   */
  readonly relation: "same" | "compatible" | "different";
  /** For `compatible`: which name says more; `neither` when each says something the other does not. */
  readonly finer?: "first" | "second" | "neither";
  readonly how: "identical" | "normalised" | "spelling" | "shortened" | "different";
  /** Plain-English account of the outcome; empty for identical names. */
  readonly explanation: string;
}

/**
 * Compare two names as written.
 *
 * - same once case, accents, apostrophes, hyphens, the Arabic article and
 *   leading titles are set aside ("Abdel Fattah El-Sisi" / "abdel fattah
 *   al-sisi"), or when tokens differ only by a transliteration pattern
 *   ("Qasim al-Rubaie" / "Qassem al-Rubaie", see `spellingVariant`);
 * - compatible when one leaves out what the other says: a middle name or
 *   initials ("Donald Knuth" / "Donald E. Knuth"), a given name ("Knuth",
 *   "President Macron" / "Emmanuel Macron"), an initial or a familiar form for a
 *   given name ("D. Knuth", "Dave Campbell" / "David Campbell"), the designators of a formal
 *   name ("Korea" / "Republic of Korea");
 * - different otherwise: the last words differ, a distinguishing word or
 *   number is in one only, each has a given or middle name the other lacks,
 *   or one adds middle names to a name that already states some ("George W.
 *   Bush" / "George H. W. Bush").
 *
 * Memoised (pure).
 *
 * @example
 * ```ts
 * compareNames("Gabriel García Márquez", "Gabriel Garcia Marquez").relation; // "same"
 * compareNames("Gabriel Márquez", "Gabriel García Márquez").relation;        // "compatible"
 * compareNames("George W. Bush", "George H. W. Bush").relation;               // "different"
 * ```
 */
export function compareNames(a: string, b: string): NameMatch {
  const key = `${a}\u0000${b}`;
  let match = comparisons.get(key);
  if (match === undefined) {
    match = Object.freeze(compareUncached(a, b));
    // A pure function's memo, bounded so a stream of distinct names cannot grow it without end.
    if (comparisons.size >= MEMO_LIMIT) comparisons.clear();
    comparisons.set(key, match);
  }
  return match;
}

const MEMO_LIMIT = 100_000;

/** More words than any name has. */
const MAX_TOKENS = 40;
const comparisons = new Map<string, NameMatch>();

/** How one token of each name correspond. `coarser-first`: the first is an initial or familiar form of the second. */
type TokenPair = "same" | "variant" | "coarser-first" | "coarser-second";

const WEIGHT: Readonly<Record<TokenPair, number>> = { same: 4, variant: 3, "coarser-first": 2, "coarser-second": 2 };

/** A given name cut short is at least this long ("Hen" for "Henry"); shorter, it is an initial's business. */
const MIN_CUT = 3;

function pairOf(x: NameToken, y: NameToken, person = false): TokenPair | undefined {
  if (x.text === y.text && x.kind === y.kind) return "same";
  if (x.kind === "word" && y.kind === "word") {
    if (spellingVariant(x.text, y.text)) return "variant";
    const given = sameGivenName(x.text, y.text);
    if (given !== undefined) return given;
    // A person's given name cut short ("Patrick Hen" for "Patrick Henry", "Glen" for "Glenn"), as an initial is cut shortest.
    if (person && x.text.length >= MIN_CUT && y.text.length > x.text.length && y.text.startsWith(x.text)) return "coarser-first";
    if (person && y.text.length >= MIN_CUT && x.text.length > y.text.length && x.text.startsWith(y.text)) return "coarser-second";
    return undefined;
  }
  if (x.kind === "initial" && y.kind === "word" && y.text.startsWith(x.text)) return "coarser-first";
  if (y.kind === "initial" && x.kind === "word" && x.text.startsWith(y.text)) return "coarser-second";
  return undefined;
}

/** The last word: a surname, or the head of a place or organisation name ("Korea" in "Republic of Korea"). */
function headOf(tokens: readonly NameToken[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i]!.kind === "word") return i;
  return -1;
}

interface Alignment {
  readonly pairs: readonly { readonly i: number; readonly j: number; readonly pair: TokenPair }[];
}

/** The in-order correspondence of two token runs that matches the most, preferring exact tokens (`person`: given names may be cut short). */
function align(a: readonly NameToken[], b: readonly NameToken[], person = false): Alignment {
  const n = a.length;
  const m = b.length;
  const score: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const pair = pairOf(a[i - 1]!, b[j - 1]!, person);
      const diagonal = pair === undefined ? -1 : score[i - 1]![j - 1]! + WEIGHT[pair];
      score[i]![j] = Math.max(score[i - 1]![j]!, score[i]![j - 1]!, diagonal);
    }
  }
  const pairs: { i: number; j: number; pair: TokenPair }[] = [];
  let i = n;
  let j = m;
  while (i > 0 && j > 0) {
    const pair = pairOf(a[i - 1]!, b[j - 1]!, person);
    if (pair !== undefined && score[i]![j] === score[i - 1]![j - 1]! + WEIGHT[pair]) {
      pairs.unshift({ i: i - 1, j: j - 1, pair });
      i--;
      j--;
    } else if (score[i]![j] === score[i - 1]![j]) i--;
    else j--;
  }
  return { pairs };
}

/** Where the surname particles before token `head` start ("van der" of "Rick van der Lans"), or `head` when there are none. */
function particlesBefore(tokens: readonly NameToken[], head: number): number {
  let from = head;
  while (from > 0 && tokens[from - 1]!.kind === "word" && SURNAME_PARTICLES.has(tokens[from - 1]!.text)) from--;
  return from;
}

/** Tokens `from`…`to` run together. */
function joined(tokens: readonly NameToken[], from: number, to: number): string {
  return tokens.slice(from, to + 1).map((t) => t.text).join("");
}

function quoteTokens(tokens: readonly NameToken[]): string {
  return tokens.map((t) => `"${t.kind === "initial" ? `${t.text.toUpperCase()}.` : t.text}"`).join(", ");
}

function different(explanation: string): NameMatch {
  return { same: false, relation: "different", how: "different", explanation };
}

function compareUncached(a: string, b: string): NameMatch {
  if (a === b) return { same: true, relation: "same", how: "identical", explanation: "" };
  const pa = parseName(a);
  const pb = parseName(b);
  const ta = pa.tokens;
  const tb = pb.tokens;
  if (ta.length === 0 || tb.length === 0) return different(`"${ta.length === 0 ? a : b}" has no letters to compare`);
  const ka = ta.map((t) => t.text).join(" ");
  const kb = tb.map((t) => t.text).join(" ");
  // Spacing and hyphens apart ("Ban Ki-moon" / "Ban Kimoon"), the same letters in the same order.
  if (ka === kb || (ka.replace(/ /g, "") === kb.replace(/ /g, "") && ta.every((t) => t.kind !== "qualifier") && tb.every((t) => t.kind !== "qualifier"))) {
    return { same: true, relation: "same", how: "normalised", explanation: `"${a}" and "${b}" are the same name once case, accents, apostrophes, hyphens, articles and titles are set aside` };
  }
  // A name is a few words; a long text compared token by token would cost its length squared.
  if (ta.length > MAX_TOKENS || tb.length > MAX_TOKENS) return different(`"${ta.length > MAX_TOKENS ? a : b}" is too long to compare as a name (more than ${MAX_TOKENS} words)`);
  const ha = headOf(ta);
  const hb = headOf(tb);
  if (ha < 0 || hb < 0) return different(`"${ha < 0 ? a : b}" has no word to compare, only initials or qualifiers`);
  let head = pairOf(ta[ha]!, tb[hb]!);
  // The surname with its particles, written apart or joined ("Van Der Lans" / "Vanderlans"): one surname.
  let fa = ha;
  let fb = hb;
  if (head !== "same" && head !== "variant") {
    const pa0 = particlesBefore(ta, ha);
    const pb0 = particlesBefore(tb, hb);
    if ((pa0 === ha && pb0 === hb) || joined(ta, pa0, ha) !== joined(tb, pb0, hb)) return different(`"${ta[ha]!.text}" and "${tb[hb]!.text}" are different names`);
    head = "same";
    fa = pa0;
    fb = pb0;
  }
  const before = align(ta.slice(0, fa), tb.slice(0, fb), !pa.organisation && !pb.organisation);
  const after = align(ta.slice(ha + 1), tb.slice(hb + 1));
  const pairs = [
    ...before.pairs,
    { i: ha, j: hb, pair: head as TokenPair },
    ...after.pairs.map((p) => ({ i: p.i + ha + 1, j: p.j + hb + 1, pair: p.pair })),
  ];
  const matchedA = new Set(pairs.map((p) => p.i));
  const matchedB = new Set(pairs.map((p) => p.j));
  for (let i = fa; i < ha; i++) matchedA.add(i);
  for (let j = fb; j < hb; j++) matchedB.add(j);
  const extraA = ta.filter((_, i) => !matchedA.has(i));
  const extraB = tb.filter((_, j) => !matchedB.has(j));
  return judge({ a, b, pa, pb, ha, hb, pairs, extraA, extraB });
}

interface Judged {
  readonly a: string;
  readonly b: string;
  readonly pa: ParsedName;
  readonly pb: ParsedName;
  readonly ha: number;
  readonly hb: number;
  readonly pairs: readonly { readonly i: number; readonly j: number; readonly pair: TokenPair }[];
  readonly extraA: readonly NameToken[];
  readonly extraB: readonly NameToken[];
}

const isContent = (t: NameToken) => t.kind === "word" || t.kind === "initial";

function judge({ a, b, pa, pb, ha, hb, pairs, extraA, extraB }: Judged): NameMatch {
  const qualifiers = [...extraA.filter((t) => t.kind === "qualifier").map((t) => [t, a] as const), ...extraB.filter((t) => t.kind === "qualifier").map((t) => [t, b] as const)];
  if (qualifiers.length > 0) {
    const [token, name] = qualifiers[0]!;
    return different(`"${token.text}" is only in "${name}": a distinguishing word`);
  }
  const contentA = extraA.filter(isContent);
  const contentB = extraB.filter(isContent);
  if (contentA.length > 0 && contentB.length > 0) {
    // "M. David Allen" / "David M. Allen": the same given names and initials in another order may be one person.
    if (extraA.every(isContent) && extraB.every(isContent) && sameGivenInAnyOrder(pa.tokens.slice(0, ha), pb.tokens.slice(0, hb))) {
      return { same: false, relation: "compatible", finer: "neither", how: "shortened", explanation: `"${a}" and "${b}" have the same given names and initials in another order` };
    }
    return different(`"${a}" has ${quoteTokens(contentA)} where "${b}" has ${quoteTokens(contentB)}`);
  }
  for (const [extra, parsed, name, other, otherName, otherHead] of [
    [contentA, pa, a, pb, b, hb],
    [contentB, pb, b, pa, a, ha],
  ] as const) {
    if (extra.length === 0) continue;
    if (parsed.organisation && extra.some((t) => t.kind === "word")) {
      return different(`${quoteTokens(extra.filter((t) => t.kind === "word"))} in "${name}" names something else than "${otherName}"`);
    }
    // A name that states middle names or initials states all of them: "George W. Bush" is not "George H. W. Bush"
    // (a surname's particles are not middle names: "Rick Van Der Lans" states none).
    if (other.tokens.slice(0, otherHead).filter((t) => isContent(t) && !SURNAME_PARTICLES.has(t.text)).length >= 2) {
      return different(`"${name}" has ${quoteTokens(extra)}, which "${otherName}" leaves out although it gives middle names`);
    }
  }
  const finer = new Set<"first" | "second">();
  const dropped: string[] = [];
  if (extraA.length > 0) finer.add("first");
  if (extraB.length > 0) finer.add("second");
  if (extraA.length > 0) dropped.push(`"${b}" leaves out ${quoteTokens(extraA)}`);
  if (extraB.length > 0) dropped.push(`"${a}" leaves out ${quoteTokens(extraB)}`);
  const ta = pa.tokens;
  const tb = pb.tokens;
  for (const p of pairs) {
    if (p.pair === "coarser-first") {
      finer.add("second");
      dropped.push(`"${shown(ta[p.i]!)}" stands for "${tb[p.j]!.text}"`);
    } else if (p.pair === "coarser-second") {
      finer.add("first");
      dropped.push(`"${shown(tb[p.j]!)}" stands for "${ta[p.i]!.text}"`);
    }
  }
  if (finer.size > 0) {
    const side = finer.size === 2 ? "neither" : [...finer][0]!;
    const explanation =
      side === "neither"
        ? `"${a}" and "${b}" may be one name, each saying something the other does not (${dropped.join("; ")})`
        : `"${side === "first" ? b : a}" is a less specific form of "${side === "first" ? a : b}" (${dropped.join("; ")})`;
    return { same: false, relation: "compatible", finer: side, how: "shortened", explanation };
  }
  const variants = pairs.filter((p) => p.pair === "variant").map((p) => `"${ta[p.i]!.text}"/"${tb[p.j]!.text}"`);
  if (variants.length > 0) {
    return { same: true, relation: "same", how: "spelling", explanation: `"${a}" and "${b}" differ only by transliteration (${variants.join(", ")})` };
  }
  return { same: true, relation: "same", how: "normalised", explanation: `"${a}" and "${b}" are the same name once case, accents, apostrophes, hyphens, articles and titles are set aside` };
}

/**
 * Whether two runs of given names and initials pair up one to one in some
 * order, each pair the same token or an initial and a name it begins
 * ("M. David" / "David M.", "M. D." / "David M.").
 */
function sameGivenInAnyOrder(a: readonly NameToken[], b: readonly NameToken[]): boolean {
  const x = a.filter(isContent);
  const y = b.filter(isContent);
  if (x.length !== y.length || x.length < 2) return false;
  // Words first, so an initial never takes the word another word needs.
  const order = [...x].sort((p, q) => Number(p.kind === "initial") - Number(q.kind === "initial"));
  const used = new Set<number>();
  for (const t of order) {
    const j = y.findIndex((u, k) => !used.has(k) && (u.text === t.text || (t.kind === "initial" && u.text.startsWith(t.text)) || (u.kind === "initial" && t.text.startsWith(u.text))));
    if (j === -1) return false;
    used.add(j);
  }
  return true;
}

function shown(t: NameToken): string {
  return t.kind === "initial" ? `${t.text.toUpperCase()}.` : t.text;
}
