/**
 * Clustering: the claims of one group split into clusters whose values agree.
 * One algorithm for every value type, asking the type's module what "agree"
 * means, so that a date, a gate and an author list are clustered alike.
 */
import type { PredicateSpec } from "../model/types.js";
import type { ResolvedClaim, ResolvedValue } from "../engine/types.js";
import { moduleFor } from "./index.js";
import type { ReportValue } from "./value-module.js";

/** Claims whose values agree, with the value they agree on. */
export interface ValueCluster {
  /** In corpus order. */
  readonly claims: readonly ResolvedClaim[];
  /** The agreed value in the report's form: ISO partial date or date-time, entity id or name, number, text, status, code or list of names. */
  readonly value: ReportValue;
  /** The agreed value as its type's module reads it (for a date, the part of the calendar every member allows). */
  readonly resolved: ResolvedValue;
  /** The agreed value for a sentence ("19 March 2023", "14:07"). */
  readonly label: string;
}

/** Anything that carries a resolved value and a position: a claim, or a claim's qualifier. */
export interface Placed {
  readonly value: ResolvedValue;
  /** The position in the corpus, for the order of the output only. */
  readonly index: number;
}

/** Items whose values agree, and the value they agree on. */
export interface AgreeingItems<T extends Placed> {
  /** In corpus order. */
  readonly items: readonly T[];
  /** What they agree on, as the type's module combined it. */
  readonly combined: ResolvedValue;
}

interface Building<T> {
  readonly readings: ResolvedValue[];
  readonly counts: number[];
  readonly items: T[];
  combined: ResolvedValue;
}

/**
 * Split the claims of one group (one subject's predicate, or one time slice
 * of it) into clusters of agreeing values. Claims whose value could not be
 * read are left out (they are notes elsewhere). See {@link agreeing} for how.
 *
 * @example
 * ```ts
 * clusterValues(group.claims, group.spec).map((c) => c.value); // ["2023-03-19", "2023-03-26"]
 * ```
 */
export function clusterValues(claims: readonly ResolvedClaim[], spec: PredicateSpec): ValueCluster[] {
  if (claims.length === 0) return [];
  const module = moduleFor(claims[0]!.value.type);
  return agreeing(claims, spec).map(({ items, combined }) =>
    Object.freeze({ claims: items, value: freezeValue(module.canonical(combined)), resolved: combined, label: module.label(combined) }),
  );
}

/**
 * Split items of one value type into groups whose values agree, by the type's
 * module. Unreadable values are left out.
 *
 * The result depends only on which values the items carry, never on the
 * order they come in: distinct values are taken most common first (ties by
 * key), those that say less than another value ("March" beside "19 March",
 * "24" beside "Terminal 3 - 24") after all the others, so that they join a
 * group that says more rather than found one. Each joins the first group
 * whose agreed value it is the same as or compatible with — checked against
 * the group's *combined* value, so "March" can join "19 March" but then
 * "20 March" cannot, and against each distinct value already in it, so that
 * no value chains two that contradict each other ("24" agrees with
 * "Terminal 2" and with "Terminal 3 - 24", which do not agree: it joins one
 * of them, never both) — unless a value the group holds says all that both
 * say (two author lists that each leave out one of the authors a third lists).
 * Only distinct values are compared, never claims, and
 * only within the group's blocks. Groups are listed in the corpus order of
 * their first item, items in corpus order.
 *
 * @example
 * ```ts
 * agreeing(qualifierItems, spec).length; // 2: two framings
 * ```
 */
export function agreeing<T extends Placed>(items: readonly T[], spec: PredicateSpec): AgreeingItems<T>[] {
  if (items.length === 0) return [];
  const module = moduleFor(items[0]!.value.type);
  const byKey = new Map<string, { key: string; reading: ResolvedValue; items: T[] }>();
  for (const item of items) {
    if (item.value.type !== module.type || module.failure(item.value) !== undefined) continue;
    const key = module.key(item.value);
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { key, reading: item.value, items: [item] });
    else {
      entry.items.push(item);
      // Equal keys may be written differently ("A12", "A-12"): the representative never depends on the order.
      if (item.value.written < entry.reading.written) entry.reading = item.value;
    }
  }
  const sorted = [...byKey.values()].sort((a, b) => b.items.length - a.items.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // A value that says less than another ("24" beside "Terminal 3 - 24") founds no group: it joins one that says more.
  const coarse = sayLess(sorted.map((d) => d.reading), spec);
  const distinct = [...sorted.filter((_, i) => !coarse.has(i)), ...sorted.filter((_, i) => coarse.has(i))];
  const built: Building<T>[] = [];
  // Agreeing with the combined value is not enough: "24" is compatible with "Terminal 2" and with
  // "Terminal 3 - 24", and would chain them. A value joins only if it agrees with every member too —
  // or, where it does not, both are partial views of one value a member states: "Jacobson, Dov" and
  // "Jacobson, Jesse" each leave out one of the two authors "Dov Jacobson; Jesse Jacobson" names.
  // f says all that x says (the type's module knows: a list and one of its names; a gate code says nothing of a terminal).
  const implies = (f: ResolvedValue, x: ResolvedValue): boolean => module.key(f) === module.key(x) || (module.entails?.(f, x, spec) ?? false);
  const fits = (b: Building<T>, reading: ResolvedValue): boolean => {
    if (module.compare(b.combined, reading, spec).relation === "different") return false;
    let fuller: ResolvedValue[] | undefined;
    return b.readings.every((r) => {
      if (r === b.combined || module.compare(r, reading, spec).relation !== "different") return true;
      fuller ??= b.readings.filter((f) => implies(f, reading));
      return fuller.some((f) => f !== r && implies(f, r));
    });
  };
  const blocks = new Map<string, number[]>(); // block → indices of the groups that hold a value in it
  for (const d of distinct) {
    const candidates = module.blocks ? candidatesIn(module.blocks(d.reading, spec), blocks) : undefined;
    let home = -1;
    const count = candidates ? candidates.length : built.length;
    for (let j = 0; j < count; j++) {
      const i = candidates ? candidates[j]! : j;
      if (fits(built[i]!, d.reading)) {
        home = i;
        break;
      }
    }
    if (home < 0) {
      home = built.length;
      built.push({ readings: [d.reading], counts: [d.items.length], items: [...d.items], combined: d.reading });
    } else {
      const b = built[home]!;
      b.readings.push(d.reading);
      b.counts.push(d.items.length);
      for (const item of d.items) b.items.push(item);
      b.combined = Object.freeze(module.combine(b.readings, b.counts, spec));
    }
    if (module.blocks) {
      for (const block of module.blocks(d.reading, spec)) {
        const list = blocks.get(block);
        if (!list) blocks.set(block, [home]);
        else if (!list.includes(home)) list.push(home);
      }
    }
  }
  const groups = built.map((b) => ({ items: Object.freeze(b.items.sort((x, y) => x.index - y.index)), combined: b.combined }));
  return groups.sort((a, b) => a.items[0]!.index - b.items[0]!.index);
}

/**
 * The positions of the readings that say less than another reading: compatible
 * with it, the other one finer. Compares each pair once, and with blocking only
 * pairs that share a block.
 */
function sayLess(readings: readonly ResolvedValue[], spec: PredicateSpec): Set<number> {
  const out = new Set<number>();
  if (readings.length < 2) return out;
  const module = moduleFor(readings[0]!.type);
  const weigh = (i: number, j: number) => {
    const r = module.compare(readings[i]!, readings[j]!, spec);
    if (r.relation !== "compatible" || r.finer === "neither") return;
    out.add(r.finer === "first" ? j : i);
  };
  if (!module.blocks) {
    for (let i = 0; i < readings.length; i++) for (let j = i + 1; j < readings.length; j++) weigh(i, j);
    return out;
  }
  const members = new Map<string, number[]>();
  readings.forEach((r, i) => {
    const seen = new Set<number>();
    for (const block of module.blocks!(r, spec)) {
      const list = members.get(block);
      if (!list) {
        members.set(block, [i]);
        continue;
      }
      for (const j of list) {
        if (seen.has(j)) continue;
        seen.add(j);
        weigh(j, i);
      }
      list.push(i);
    }
  });
  return out;
}

/** The clusters holding a value in any of these blocks, oldest first. */
function candidatesIn(keys: readonly string[], blocks: ReadonlyMap<string, number[]>): number[] {
  const found = new Set<number>();
  for (const key of keys) for (const i of blocks.get(key) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b);
}

function freezeValue(value: ReportValue): ReportValue {
  return Array.isArray(value) ? Object.freeze([...value]) : value;
}
