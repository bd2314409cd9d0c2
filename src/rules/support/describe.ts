import type { Consensus } from "../../engine/context.js";
import { resolvedOf } from "../../engine/explain.js";
import type { ResolvedClaim } from "../../engine/types.js";
import { UnionFind, type Dependence } from "../../engine/independence.js";
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
  return dependences.length === 0 ? "" : ` Counted once: ${dependenceReasons(dependences).join("; ")}.`;
}

/**
 * Why sources count once, one clause per reason (see {@link dependenceNote}).
 *
 * @example
 * dependenceReasons(independence.dependences); // ["daily republishes wire", "c and d carry identical quotes (c-1, d-1)"]
 */
export function dependenceReasons(dependences: readonly Dependence[]): string[] {
  // Declared republishing, each as it is; copying consensus found, and alike quotes, one clause per set of sources they link.
  const kindOf = (d: Dependence) => (d.copying !== undefined ? "copying" : d.quotes?.how);
  const sets = new UnionFind();
  for (const d of dependences) {
    const kind = kindOf(d);
    if (kind !== undefined) sets.union(`${kind} ${d.sources[0]}`, `${kind} ${d.sources[1]}`);
  }
  const groups = new Map<string, { kind: string; sources: string[]; pairs: Dependence[] }>();
  const reasons: string[] = [];
  for (const d of dependences) {
    const kind = kindOf(d);
    if (kind === undefined) {
      reasons.push(d.reason);
      continue;
    }
    const root = sets.find(`${kind} ${d.sources[0]}`);
    let group = groups.get(root);
    if (group === undefined) groups.set(root, (group = { kind, sources: [], pairs: [] }));
    for (const id of d.sources) if (!group.sources.includes(id)) group.sources.push(id);
    group.pairs.push(d);
  }
  const linked = [...groups.values()];
  for (const g of linked.filter((x) => x.kind === "copying")) {
    let [low, high] = [Infinity, -Infinity];
    for (const d of g.pairs) [low, high] = [Math.min(low, d.copying!), Math.max(high, d.copying!)];
    const p = low === high ? share(low) : `${share(low)} to ${share(high)}`;
    const [copier, original] = g.pairs[0]!.sources;
    reasons.push(g.sources.length === 2 ? `${copier} appears to copy ${original} (consensus: ${p})` : `${namedList(g.sources, "others")} copy one another (consensus: ${p})`);
  }
  for (const g of linked.filter((x) => x.kind !== "copying")) {
    reasons.push(`${listOf(g.sources)} carry ${g.kind} quotes${g.sources.length === 2 ? ` (${g.pairs[0]!.quotes!.claims.join(", ")})` : ""}`);
  }
  return reasons;
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
