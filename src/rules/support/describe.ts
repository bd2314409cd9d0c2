import type { ValueCluster } from "../../engine/cluster.js";
import { resolvedOf } from "../../engine/explain.js";
import type { ResolvedClaim } from "../../engine/types.js";
import { describeInterval } from "../../time/partial-date.js";

/** "A", "A and B", "A, B and C". */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

/** The outlets behind some claims (given in corpus order, as clusters are), each once. */
export function outlets(claims: readonly ResolvedClaim[]): string {
  if (claims.length === 1) return claims[0]!.source.outlet;
  const seen = new Set<string>();
  for (const c of claims) seen.add(c.source.outlet);
  return listOf([...seen]);
}

/** A claim as written and resolved: "'on Sunday' → 2023-02-26/2023-03-26". */
export function writtenAndResolved(c: ResolvedClaim): string {
  const { resolved } = resolvedOf(c);
  return String(resolved) === c.value.written ? `'${c.value.written}'` : `'${c.value.written}' → ${resolved ?? "unresolved"}`;
}

/** A cluster's value for a message. */
export function clusterLabel(cluster: ValueCluster): string {
  return cluster.interval ? describeInterval(cluster.interval) : String(cluster.value);
}

/** "Wire and Herald: 2016-04-22; Blog: 2015-12" — every cluster with its outlets. */
export function clusterList(clusters: readonly ValueCluster[]): string {
  return clusters.map((c) => `${outlets(c.claims)}: ${clusterLabel(c)}`).join("; ");
}

/** Say when independence counted fewer sources than outlets. */
export function dependenceNote(reasons: readonly string[]): string {
  return reasons.length === 0 ? "" : ` Counted once: ${reasons.join("; ")}.`;
}
