/**
 * Consensus measured directly on the gold-normalised claims: values clustered
 * by equal keys (what majority vote sees), so the algorithm can be judged and
 * tuned before the engine feeds it its own clusters. Also plain majority vote,
 * the baseline, computed on exactly the same claims.
 */
import { discoverTruth } from "../../src/consensus/truth-discovery.js";
import type { TruthItem, TruthOptions, TruthProblem, TruthSolution } from "../../src/consensus/types.js";
import { itemKey, type RawClaim } from "./claims.js";

/** How much a claim of one normalised value lends weight to another of the same predicate (0–1). */
export type KeySupport = (predicate: string, from: string, to: string) => number;

/** One group of readable claims, values in order of first appearance, each source's first value only. */
export interface KeyedItem {
  readonly subject: string;
  readonly predicate: string;
  readonly values: readonly string[];
  /** Per value, the sources stating it (first value per source), in claim order. */
  readonly sources: readonly (readonly string[])[];
  /** Beside each source of `sources`, the cell as that source wrote it (its wording: copiers repeat it). */
  readonly written: readonly (readonly string[])[];
}

/**
 * Group readable claims by item. A source that gives an item several values
 * (two snapshots of one page) keeps the first: that is what it said first, and
 * majority vote and consensus then see the same votes.
 */
export function keyedItems(claims: readonly RawClaim[]): KeyedItem[] {
  const items = new Map<string, { subject: string; predicate: string; values: string[]; sources: string[][]; written: string[][]; voted: Set<string> }>();
  for (const c of claims) {
    if (c.key === undefined) continue;
    const key = itemKey(c.subject, c.predicate);
    let item = items.get(key);
    if (!item) {
      item = { subject: c.subject, predicate: c.predicate, values: [], sources: [], written: [], voted: new Set() };
      items.set(key, item);
    }
    if (item.voted.has(c.source)) continue;
    item.voted.add(c.source);
    let v = item.values.indexOf(c.key);
    if (v === -1) {
      v = item.values.push(c.key) - 1;
      item.sources.push([]);
      item.written.push([]);
    }
    item.sources[v]!.push(c.source);
    item.written[v]!.push(c.written);
  }
  return [...items.values()].map(({ subject, predicate, values, sources, written }) => ({ subject, predicate, values, sources, written }));
}

/**
 * Majority vote: the value the most sources state; a tie goes to the value
 * stated first.
 *
 * @example
 * majority({ subject: "s", predicate: "p", values: ["a", "b"], sources: [["x"], ["y", "z"]] }); // "b"
 */
export function majority(item: Pick<KeyedItem, "values" | "sources">): string | undefined {
  let best = -1;
  item.sources.forEach((s, v) => {
    if (best === -1 || s.length > item.sources[best]!.length) best = v;
  });
  return best === -1 ? undefined : item.values[best];
}

/** The truth-discovery problem of some keyed items; sources numbered in order of first appearance. */
export function problemOf(items: readonly KeyedItem[], support?: KeySupport): { problem: TruthProblem; sources: readonly string[] } {
  const sourceIds = new Map<string, number>();
  const number = (id: string) => {
    let n = sourceIds.get(id);
    if (n === undefined) sourceIds.set(id, (n = sourceIds.size));
    return n;
  };
  const truthItems = items.map((item): TruthItem => {
    const k = item.values.length;
    // Wordings numbered per item, case and spacing set aside, as the engine does.
    const wordings = new Map<string, number>();
    const form = (written: string) => {
      const w = written.trim().replace(/\s+/g, " ").toLowerCase();
      let n = wordings.get(w);
      if (n === undefined) wordings.set(w, (n = wordings.size));
      return n;
    };
    const claims = item.sources.flatMap((sources, value) => sources.map((s, j) => ({ source: number(s), value, form: form(item.written[value]![j]!) })));
    let matrix: Float64Array | undefined;
    if (support && k > 1) {
      matrix = new Float64Array(k * k);
      for (let v = 0; v < k; v++) for (let w = 0; w < k; w++) matrix[v * k + w] = v === w ? 1 : support(item.predicate, item.values[v]!, item.values[w]!);
    }
    return { valueCount: k, claims, ...(matrix && { support: matrix }) };
  });
  return { problem: { sourceCount: sourceIds.size, items: truthItems }, sources: [...sourceIds.keys()] };
}

/** Run consensus on keyed items: the chosen value and its confidence per item key, and the solution. */
export function consensusOf(
  items: readonly KeyedItem[],
  support?: KeySupport,
  options?: TruthOptions,
): { answers: Map<string, { value: string; confidence: number }>; solution: TruthSolution; sources: readonly string[]; problem: TruthProblem } {
  const { problem, sources } = problemOf(items, support);
  const solution = discoverTruth(problem, options);
  const answers = new Map<string, { value: string; confidence: number }>();
  items.forEach((item, i) => {
    const truth = solution.items[i]!;
    if (truth.best >= 0) answers.set(itemKey(item.subject, item.predicate), { value: item.values[truth.best]!, confidence: truth.confidence });
  });
  return { answers, solution, sources, problem };
}

/** Minutes between two normalised times (`YYYY-MM-DDTHH:MM`), or `undefined` when one is not a time. */
export function minutesApart(a: string, b: string): number | undefined {
  const x = Date.parse(`${a}:00Z`);
  const y = Date.parse(`${b}:00Z`);
  return Number.isNaN(x) || Number.isNaN(y) ? undefined : Math.abs(x - y) / 60_000;
}

/**
 * Partial support between normalised values, as the value modules are meant to
 * give it: a time lends half its weight to a time a minute away, a quarter two
 * minutes away, nothing from five; an author list lends weight to a longer list
 * that contains it, in proportion to how much of it it names; a gate without
 * its concourse letter lends half its weight to the gate with it.
 */
export const keySupport: KeySupport = (predicate, from, to) => {
  if (predicate === "authors") {
    const a = from.split("|");
    const b = new Set(to.split("|"));
    return a.length < b.size && a.every((x) => b.has(x)) ? a.length / b.size : 0;
  }
  if (predicate.endsWith("Gate")) {
    // A gate without its concourse letter ("37") is compatible with, and less specific than, the gate with it ("A37").
    return to.length > from.length && to.endsWith(from) && /^[A-Z]+$/.test(to.slice(0, to.length - from.length)) ? 0.5 : 0;
  }
  const apart = minutesApart(from, to);
  return apart === undefined || apart >= 5 ? 0 : 0.5 ** apart;
};
