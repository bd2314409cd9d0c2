import type { Consensus } from "../../engine/context.js";
import { resolvedOf } from "../../engine/explain.js";
import type { ResolvedClaim } from "../../engine/types.js";
import type { Dependence } from "../../engine/independence.js";
import type { ValueCluster } from "../../values/cluster.js";

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/**
 * How many outlets or trusts a sentence names before it counts the rest: a
 * message that lists thirty-five bookstores hides its answer (the finding's
 * clusters and claims still name every source).
 */
export const NAMED_IN_FULL = 5;
/** How many a longer list names before "and N other sources". */
const NAMED_FIRST = 3;

/**
 * Items for a sentence, at most {@link NAMED_IN_FULL} in full; past that, the
 * first three and how many more ("A, B, C and 7 others").
 *
 * @example
 * namedList(["aa ('44E')", "orbitz ('44E')"], "others"); // "aa ('44E') and orbitz ('44E')"
 */
export function namedList(items: readonly string[], others: string): string {
  return items.length <= NAMED_IN_FULL ? listOf(items) : `${items.slice(0, NAMED_FIRST).join(", ")} and ${items.length - NAMED_FIRST} ${others}`;
}

/**
 * The outlets behind some claims (given in corpus order, as clusters are),
 * each once; past {@link NAMED_IN_FULL}, the first three and a count.
 *
 * @example
 * outlets(claims); // "Wire and Herald", or "A, B, C and 32 other sources"
 */
export function outlets(claims: readonly ResolvedClaim[]): string {
  if (claims.length === 1) return claims[0]!.source.outlet;
  const seen = new Set<string>();
  for (const c of claims) seen.add(c.source.outlet);
  return namedList([...seen], "other sources");
}

/** A report value for a sentence: a list of names joined, anything else as it is. */
export function valueText(value: string | number | readonly string[] | null): string {
  if (value === null) return "unresolved";
  return Array.isArray(value) ? value.join("; ") : String(value);
}

/** A claim as written and resolved: "'on Sunday' → 2023-02-26/2023-03-26". */
export function writtenAndResolved(c: ResolvedClaim): string {
  const resolved = valueText(resolvedOf(c).resolved);
  return resolved === c.value.written ? `'${c.value.written}'` : `'${c.value.written}' → ${resolved}`;
}

/** "Wire and Herald: 2016-04-22; Blog: 2015-12" — every cluster with its outlets. */
export function clusterList(clusters: readonly ValueCluster[]): string {
  return clusters.map((c) => `${outlets(c.claims)}: ${c.label}`).join("; ");
}

/**
 * Say when independence counted fewer sources than outlets: each declared
 * republication, then each set of sources whose quotes are alike as one
 * sentence ("a, b and c carry identical quotes"), naming the claims only where
 * two sources are linked, so ten feeds that print one layout take one line.
 */
export function dependenceNote(dependences: readonly Dependence[]): string {
  if (dependences.length === 0) return "";
  const reasons: string[] = [];
  const groups = new Map<string, { how: string; sources: string[]; claims: readonly [string, string] }>();
  const groupOf = new Map<string, string>();
  // Sources that consensus finds copying: one clause per set of sources linked by copying ("b appears to copy a
  // (consensus: 0.97)", "a, b and c copy one another (consensus: 0.97 to 0.99)").
  const copying = dependences.filter((d) => d.copying !== undefined);
  const root = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (root.has(r) && root.get(r) !== r) r = root.get(r)!;
    return r;
  };
  for (const d of copying) {
    for (const id of d.sources) if (!root.has(id)) root.set(id, id);
    const [a, b] = [find(d.sources[0]), find(d.sources[1])];
    if (a !== b) root.set(a < b ? b : a, a < b ? a : b);
  }
  const copiers = new Map<string, { sources: string[]; pairs: Dependence[]; low: number; high: number }>();
  for (const d of copying) {
    const key = find(d.sources[0]);
    let set = copiers.get(key);
    if (set === undefined) copiers.set(key, (set = { sources: [], pairs: [], low: d.copying!, high: d.copying! }));
    for (const id of d.sources) if (!set.sources.includes(id)) set.sources.push(id);
    set.pairs.push(d);
    set.low = Math.min(set.low, d.copying!);
    set.high = Math.max(set.high, d.copying!);
  }
  for (const d of dependences) {
    if (d.copying !== undefined) continue;
    if (d.quotes === undefined) {
      reasons.push(d.reason);
      continue;
    }
    const [a, b] = d.sources;
    const key = groupOf.get(`${d.quotes.how} ${a}`) ?? groupOf.get(`${d.quotes.how} ${b}`) ?? `${d.quotes.how} ${a}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { how: d.quotes.how, sources: [], claims: d.quotes.claims };
      groups.set(key, group);
    }
    for (const id of d.sources) {
      if (groupOf.has(`${d.quotes.how} ${id}`)) continue;
      groupOf.set(`${d.quotes.how} ${id}`, key);
      group.sources.push(id);
    }
  }
  for (const g of copiers.values()) {
    const p = g.low === g.high ? share(g.low) : `${share(g.low)} to ${share(g.high)}`;
    const [copier, original] = g.pairs[0]!.sources;
    reasons.push(g.sources.length === 2 ? `${copier} appears to copy ${original} (consensus: ${p})` : `${namedList(g.sources, "others")} copy one another (consensus: ${p})`);
  }
  for (const g of groups.values()) {
    reasons.push(`${listOf(g.sources)} carry ${g.how} quotes${g.sources.length === 2 ? ` (${g.claims.join(", ")})` : ""}`);
  }
  return ` Counted once: ${reasons.join("; ")}.`;
}

/** A probability or trust for a sentence: two decimals ("0.94"). */
export function share(p: number): string {
  return p.toFixed(2);
}

/**
 * How far the sources behind some claims are trusted, for a sentence
 * ("aa 0.97 and flightstats 0.93"; past {@link NAMED_IN_FULL} sources, the
 * range: "0.66 to 0.98"), or "" when consensus has no estimate for them.
 */
export function trustOf(claims: readonly ResolvedClaim[], consensus: Consensus | undefined): string {
  if (!consensus) return "";
  const seen = new Set<string>();
  const values: { outlet: string; trust: number }[] = [];
  for (const c of claims) {
    if (seen.has(c.source.id)) continue;
    seen.add(c.source.id);
    const t = consensus.trust.get(c.source.id);
    if (t !== undefined) values.push({ outlet: c.source.outlet, trust: t });
  }
  if (values.length <= NAMED_IN_FULL) return listOf(values.map((v) => `${v.outlet} ${share(v.trust)}`));
  let [low, high] = [Infinity, -Infinity];
  for (const { trust } of values) [low, high] = [Math.min(low, trust), Math.max(high, trust)];
  return `${share(low)} to ${share(high)}`;
}
