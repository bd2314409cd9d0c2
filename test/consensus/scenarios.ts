/**
 * Small truth-discovery problems written the way a reader thinks of them:
 * who says which value of which item. Shared by the consensus tests.
 */
import type { TruthItem, TruthProblem } from "../../src/consensus/types.js";

/**
 * An item from `[source, value]` pairs, or `[source, value, form]` where the
 * wording is known; `valueCount` defaults to one more than the largest value.
 */
export function item(claims: readonly (readonly [number, number] | readonly [number, number, number])[], extra: Partial<TruthItem> = {}): TruthItem {
  const valueCount = extra.valueCount ?? Math.max(0, ...claims.map(([, v]) => v + 1));
  return { ...extra, valueCount, claims: claims.map(([source, value, form]) => ({ source, value, ...(form !== undefined && { form }) })) };
}

/**
 * An airline, seven independent sites and a feed copied by seven sites, over
 * thirty flights: value 0 is always true; each independent site is wrong, in
 * its own way, on one flight in seven; the feed is wrong on one flight in
 * three, and its seven copies repeat every error. Item 0 comes first: the
 * airline alone says 0, the seven copies say 1.
 */
export function copiedFeed(): { problem: TruthProblem; airline: number; independent: readonly number[]; copies: readonly number[] } {
  const airline = 0;
  const independent = [1, 2, 3, 4, 5, 6, 7];
  const copies = [8, 9, 10, 11, 12, 13, 14];
  const items: TruthItem[] = [item([[airline, 0], ...copies.map((s) => [s, 1] as const)])];
  for (let i = 0; i < 30; i++) {
    const claims: [number, number][] = [[airline, 0]];
    for (const s of independent) claims.push([s, (i + s) % 7 === 0 ? 10 + s : 0]);
    for (const s of copies) claims.push([s, i % 3 === 0 ? 1 : 0]);
    items.push(item(claims, { valueCount: 20 }));
  }
  return { problem: { sourceCount: 15, items }, airline, independent, copies };
}

/**
 * An airline, three independent sites and a feed repeated by seven sites in
 * its own layout, over thirty flights on which everybody is right (each site
 * writes the time in its own layout, the seven in the feed's); then item 0,
 * where the airline and the three say 0 and the seven say 1. The seven share
 * no false value before item 0: only their wording betrays them.
 */
export function sharedWording(): { problem: TruthProblem; airline: number; independent: readonly number[]; copies: readonly number[] } {
  const airline = 0;
  const independent = [1, 2, 3];
  const copies = [4, 5, 6, 7, 8, 9, 10];
  const feed = 99; // the feed's layout
  const worded = (values: (s: number) => number) => [airline, ...independent, ...copies].map((s) => [s, values(s), copies.includes(s) ? feed : s] as const);
  const items: TruthItem[] = [item(worded((s) => (copies.includes(s) ? 1 : 0)))];
  for (let i = 0; i < 30; i++) items.push(item(worded(() => 0), { valueCount: 4 }));
  return { problem: { sourceCount: 11, items }, airline, independent, copies };
}

/**
 * Three reliable sources and three unreliable ones (each wrong in its own way
 * on three items in four) over twelve items; then a thirteenth item where one
 * reliable source says 0 and two unreliable ones say 1.
 */
export function trustedMinority(): TruthProblem {
  const items: TruthItem[] = [];
  for (let i = 0; i < 12; i++) {
    items.push(item([[0, 0], [1, 0], [2, 0], [3, i % 4 === 0 ? 0 : 1], [4, i % 4 === 1 ? 0 : 2], [5, i % 4 === 2 ? 0 : 3]]));
  }
  items.push(item([[0, 0], [3, 1], [4, 1]]));
  return { sourceCount: 6, items };
}

/** A problem with its sources, items, claims and values renumbered by the given seed (a fixed shuffle). */
export function renumbered(problem: TruthProblem, seed: number): { problem: TruthProblem; sourceOf: readonly number[]; itemOf: readonly number[]; valueOf: readonly (readonly number[])[] } {
  const random = lcg(seed);
  const sourceOf = shuffle(range(problem.sourceCount), random); // new number of each old source
  const order = shuffle(range(problem.items.length), random); // old item at each new position
  const itemOf: number[] = [];
  order.forEach((old, position) => (itemOf[old] = position));
  const valueOf = problem.items.map((it) => shuffle(range(it.valueCount), random));
  const items = order.map((old) => {
    const it = problem.items[old]!;
    const values = valueOf[old]!;
    const k = it.valueCount;
    let support: Float64Array | undefined;
    if (it.support) {
      support = new Float64Array(k * k);
      for (let v = 0; v < k; v++) for (let w = 0; w < k; w++) support[values[v]! * k + values[w]!] = it.support[v * k + w]!;
    }
    // Wordings are names, not quantities: renumbered too.
    const forms = new Map<number, number>();
    const formOf = (f: number) => {
      if (!forms.has(f)) forms.set(f, 1000 - forms.size * 7);
      return forms.get(f)!;
    };
    const claims = shuffle(
      it.claims.map((c) => ({ source: sourceOf[c.source]!, value: values[c.value]!, ...(c.form !== undefined && { form: formOf(c.form) }) })),
      random,
    );
    return { ...it, claims, ...(support && { support }) };
  });
  const knownDependences = problem.knownDependences?.map((d) => ({ copier: sourceOf[d.copier]!, original: sourceOf[d.original]! }));
  return { problem: { sourceCount: problem.sourceCount, items, ...(knownDependences && { knownDependences }) }, sourceOf, itemOf, valueOf };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}

/** A fixed pseudo-random sequence: the tests stay deterministic. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function shuffle<T>(list: T[], random: () => number): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
