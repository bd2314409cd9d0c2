/**
 * `names` values: a list of people or organisations named together (the
 * authors of a book, the signatories of an agreement), compared as a set.
 *
 * Each member is matched like an `entity` value (corpus aliases first, then
 * token-wise spelling) and across "Last, First" and "First Last", initials,
 * familiar forms and a surname alone. Two lists relate as sets:
 *
 * - `same`: every member of each has the same member in the other;
 * - `compatible`: none conflicts, but one says more: a strict subset
 *   (incomplete, like a month against a day: the superset is `finer`), a list
 *   marked "et al.", or members written less fully ("Knuth" for "Donald E.
 *   Knuth");
 * - `different`: each list has a member the other lacks; the distance counts
 *   the names that differ.
 *
 * How much a list lends weight to another (consensus): a list that names no
 * one the other lacks lends it the share of its members it confirms (1 each,
 * ½ where it names one less fully); a list that names someone the other lacks
 * lends it nothing. Lists of authors are meant whole, and stores leave authors
 * out far more often than they add one: three stores that list only "Knuth"
 * are some evidence for "Knuth and Patashnik", but a store that lists
 * "Brundage and Peterson" is evidence against "Brundage" being the whole list,
 * not for it. (A day and its month are not like that: a day implies its month.)
 *
 * The value a cluster of compatible lists stands for is the most complete: all
 * of them allow it. Which of its lists is the most likely true is not the
 * cluster's to say: consensus weighs a cluster's rival lists apart (twenty-
 * seven stores that list one author against two that add a second).
 */
import { blocksOf, compareNames, type EntityIdentity } from "../entities/matcher.js";
import { nameKey, parseName } from "../entities/normalize.js";
import { COARSER_SUPPORT } from "./date.js";
import { distanceOf } from "./distance.js";
import { readListedNames, readNameList, type ListedName } from "./names/split.js";
import { mostSpecific, type ResolvedBase, type ValueModule, type ValueRelation } from "./value-module.js";

/** One member of a resolved list. */
export interface ListMember extends ListedName {
  /** The declared entity it was identified as, or `null`. */
  readonly entity: string | null;
}

/** A names value as the engine resolved it. */
export interface ResolvedNames extends ResolvedBase<"names"> {
  /** The members in the order written, repeats left out. */
  readonly members: readonly ListMember[];
  /** The list says it is incomplete ("et al."). */
  readonly etAl: boolean;
  /** How the list was read ("split at ';' into 2 names, each 'Last, First'"), or `undefined` when read as written. */
  readonly reading: string | undefined;
  /** Why it could not be read, or `undefined`. */
  readonly problem: string | undefined;
}

type MemberRelation = { readonly relation: "same" } | { readonly relation: "compatible"; readonly finer: "first" | "second" | "neither" } | { readonly relation: "different" };

/** Two members: declared entities by id, otherwise by name. */
function compareMembers(a: ListMember, b: ListMember): MemberRelation {
  if (a.entity !== null && b.entity !== null) return a.entity === b.entity ? { relation: "same" } : { relation: "different" };
  const match = compareNames(a.name, b.name);
  if (match.relation === "compatible") return { relation: "compatible", finer: match.finer ?? "neither" };
  if (match.relation === "same") return { relation: "same" };
  // A name whose order was a guess ("Seacord Robert") may be the other read the other way round: possible, not confirmed.
  const flipped = [a.reversed !== undefined ? compareNames(a.reversed, b.name) : undefined, b.reversed !== undefined ? compareNames(a.name, b.reversed) : undefined];
  if (flipped.some((m) => m !== undefined && m.relation !== "different")) return { relation: "compatible", finer: "neither" };
  return { relation: "different" };
}

interface Matching {
  /** For each member of `a`, the index of its counterpart in `b`, or -1. */
  readonly ofA: readonly number[];
  readonly ofB: readonly number[];
  readonly relations: readonly (MemberRelation | undefined)[];
}

/**
 * Pair the members of two lists, as many as can be paired (augmenting paths
 * over the members that do not conflict), same members before compatible
 * ones. Lists are short: the cost is no concern.
 */
function matchMembers(a: readonly ListMember[], b: readonly ListMember[]): Matching {
  const rel = a.map((x) => b.map((y) => compareMembers(x, y)));
  const ofA = new Array<number>(a.length).fill(-1);
  const ofB = new Array<number>(b.length).fill(-1);
  for (const wanted of ["same", "compatible"] as const) {
    for (let i = 0; i < a.length; i++) {
      if (ofA[i] !== -1) continue;
      augment(i, new Set<number>());
    }
    function augment(i: number, visited: Set<number>): boolean {
      for (let j = 0; j < b.length; j++) {
        const r = rel[i]![j]!.relation;
        if (visited.has(j) || r === "different" || (wanted === "same" && r !== "same")) continue;
        visited.add(j);
        if (ofB[j] === -1 || augment(ofB[j]!, visited)) {
          ofA[i] = j;
          ofB[j] = i;
          return true;
        }
      }
      return false;
    }
  }
  return { ofA, ofB, relations: a.map((_, i) => (ofA[i] === -1 ? undefined : rel[i]![ofA[i]!])) };
}

/**
 * How two lists relate as sets.
 *
 * @example
 * ```ts
 * compareLists(read("Knuth, Donald E.; Patashnik, Oren"), read("Donald E. Knuth, Oren Patashnik")); // { relation: "same" }
 * compareLists(read("Knuth"), read("Knuth and Patashnik")); // { relation: "compatible", finer: "second" }
 * ```
 */
export function compareLists(a: ResolvedNames, b: ResolvedNames): ValueRelation {
  const m = matchMembers(a.members, b.members);
  const onlyA = m.ofA.filter((j) => j === -1).length;
  const onlyB = m.ofB.filter((i) => i === -1).length;
  if (onlyA > 0 && onlyB > 0) return { relation: "different", distance: distanceOf(Math.max(onlyA, onlyB), "name") };
  const finer = new Set<"first" | "second">();
  if (onlyA > 0 || (b.etAl && !a.etAl)) finer.add("first");
  if (onlyB > 0 || (a.etAl && !b.etAl)) finer.add("second");
  for (const r of m.relations) {
    if (r?.relation !== "compatible") continue;
    if (r.finer === "neither") {
      finer.add("first");
      finer.add("second");
    } else finer.add(r.finer);
  }
  if (finer.size === 0) return { relation: "same" };
  return { relation: "compatible", finer: finer.size === 2 ? "neither" : [...finer][0]! };
}

/** Above this many members, repeats are found by key alone: pairwise comparison would cost the square of the list. */
const PAIRWISE_LIMIT = 300;

/** Drop members that repeat another or name it less fully ("Golbeck" after "Jennifer Golbeck"). */
function withoutRepeats(members: readonly ListMember[]): ListMember[] {
  if (members.length > PAIRWISE_LIMIT) {
    const seen = new Set<string>();
    return members.filter((m) => !seen.has(memberKey(m)) && seen.add(memberKey(m)) !== undefined);
  }
  const kept: ListMember[] = [];
  for (const m of members) {
    const i = kept.findIndex((k) => {
      const r = compareMembers(k, m);
      return r.relation === "same" || (r.relation === "compatible" && r.finer !== "neither");
    });
    if (i === -1) kept.push(m);
    else if (compareMembers(kept[i]!, m).relation === "compatible" && (compareMembers(kept[i]!, m) as { finer: string }).finer === "second") kept[i] = m;
  }
  return kept;
}

/**
 * How much list `a` lends weight to list `b` being the list: when `a` names
 * no one `b` lacks, the share of `b`'s members it names (1 each, or ½ where it
 * names one less fully); otherwise, or for lists that conflict, 0.
 *
 * @example
 * ```ts
 * listSupport(read("Knuth"), read("Knuth; Patashnik"));   // 0.5
 * listSupport(read("Knuth; Patashnik"), read("Knuth"));   // 0: says "Knuth" left someone out
 * listSupport(read("Knuth; Patashnik"), read("Donald E. Knuth, Oren Patashnik")); // 0.5: names both less fully
 * ```
 */
export function listSupport(a: ResolvedNames, b: ResolvedNames): number {
  if (b.members.length === 0 || compareLists(a, b).relation === "different") return 0;
  const m = matchMembers(b.members, a.members);
  let credit = 0;
  let matched = 0;
  for (const r of m.relations) {
    if (r === undefined) continue;
    matched++;
    credit += r.relation === "same" || (r.relation === "compatible" && r.finer === "second") ? 1 : COARSER_SUPPORT;
  }
  // A member of a that b lacks: a says b is incomplete.
  if (matched < a.members.length) return 0;
  return credit / b.members.length;
}

function label(names: readonly string[], etAl: boolean): string {
  const body = names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
  return etAl ? `${body} et al.` : body;
}

/** How much a list says: its members and the tokens of their names. */
function specificity(r: ResolvedNames): number {
  return r.members.length * 1000 + r.members.reduce((n, m) => n + parseName(m.name).tokens.length, 0) - (r.etAl ? 1 : 0);
}

function memberKey(m: ListMember): string {
  return m.entity !== null ? `entity:${m.entity}` : nameKey(m.name) || m.name.toLowerCase();
}

export const namesValues: ValueModule<"names", ResolvedNames> = {
  type: "names",
  written: (value) => value.expr ?? (value.value ?? []).join("; "),
  // A list is read the same whatever claim carries it.
  shareKey: (value) => (value.expr !== undefined ? `names\u0000x\u0000${value.expr}` : `names\u0000v\u0000${JSON.stringify(value.value ?? [])}`),
  read(value, ctx) {
    const written = value.expr ?? (value.value ?? []).join("; ");
    const reading = value.expr !== undefined ? readNameList(value.expr) : readListedNames(value.value ?? []);
    const identified = reading.names.map((n): ListMember => {
      const identity: EntityIdentity = ctx.identify(n.name);
      return Object.freeze({ ...n, entity: identity.entity });
    });
    const members = withoutRepeats(identified);
    const dropped = identified.length - members.length;
    const how = [reading.how, dropped > 0 ? `${dropped === 1 ? "1 name" : `${dropped} names`} that repeat${dropped === 1 ? "s" : ""} another left out` : undefined].filter((s) => s !== undefined).join("; ");
    return Object.freeze({
      type: "names",
      written,
      members: Object.freeze(members),
      etAl: reading.etAl,
      reading: how === "" ? undefined : how,
      problem: reading.failure,
    });
  },
  failure: (r) => r.problem,
  how: (r) => r.reading,
  key: (r) => `${[...new Set(r.members.map(memberKey))].sort().join("\u0001")}${r.etAl ? "\u0001+" : ""}`,
  canonical: (r) => Object.freeze(r.members.map((m) => m.name)),
  label: (r) => label(r.members.map((m) => m.name), r.etAl),
  compare: (a, b) => compareLists(a, b),
  entails(a, b) {
    // A list says all that a less complete list of its names says ("Dov Jacobson; Jesse Jacobson", "Jacobson, Dov").
    const r = compareLists(a, b);
    return r.relation === "same" || (r.relation === "compatible" && r.finer === "first");
  },
  support: (a, b) => listSupport(a, b),
  combine(readings, counts) {
    // The most complete list: every list of the cluster allows it (so clustering can hold a rival out of it);
    // ties: the most fully written, the most common, the first in code-point order. Which of a cluster's rival
    // lists is most likely true is consensus's to say (it weighs them apart).
    return mostSpecific(readings, counts, specificity);
  },
  blocks(r) {
    // Lists that share no member's last word share no member: they are different without a comparison.
    const keys = new Set<string>();
    for (const m of r.members) {
      for (const k of blocksOf(m.name)) keys.add(k);
      // A name whose order was a guess ("Woody Buck") may be the other read the other way round: it shares that one's blocks too.
      if (m.reversed !== undefined) for (const k of blocksOf(m.reversed)) keys.add(k);
      if (m.entity !== null) keys.add(`entity:${m.entity}`);
    }
    return [...keys];
  },
};
