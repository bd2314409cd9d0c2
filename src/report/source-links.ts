import type { Report } from "../engine/types.js";
import { claimOf } from "./group.js";

/**
 * Which findings each source decides, and which sources copy which: the facts
 * behind the HTML report's sources view, kept apart from its drawing.
 * Sources are named by their position in `report.sources`, so no string from
 * the corpus has to be matched (or escaped) inside the page's script.
 */

/** Findings (by index in `report.findings`) and the sources (by index) whose claims their clusters hold. */
export interface SourceLinks {
  /** Per source: the findings whose clusters hold one of its claims, ascending. */
  readonly findingsOf: readonly (readonly number[])[];
  /** Per finding: the sources whose claims its clusters hold, ascending. */
  readonly sourcesOf: readonly (readonly number[])[];
}

/**
 * Link sources and findings through the findings' clusters: a source decides
 * a finding when one of its claims is in one of the finding's clusters (a
 * finding without clusters, such as a note about a date in words, is decided
 * by no one). Linear in the claims of all clusters.
 *
 * @example
 * ```ts
 * sourceLinks(report).findingsOf[0];   // [0, 3, 7]: the findings source 0 takes part in
 * ```
 */
export function sourceLinks(report: Report): SourceLinks {
  const index = new Map(report.sources.map((s, i) => [s.id, i]));
  const findingsOf: number[][] = report.sources.map(() => []);
  const sourcesOf = report.findings.map((f, i) => {
    const seen = new Set<number>();
    for (const cluster of f.clusters ?? []) {
      for (const claim of cluster.claims) {
        const source = index.get(claimOf(report, claim)?.source ?? "");
        if (source !== undefined) seen.add(source);
      }
    }
    const sources = [...seen].sort((a, b) => a - b);
    for (const s of sources) findingsOf[s]!.push(i);
    return sources;
  });
  return { findingsOf, sourcesOf };
}

/** One source copying another: learned by consensus (with a probability) or declared by the corpus (`republishes`). */
export interface CopyEdge {
  readonly copier: number;
  readonly original: number;
  /** 0–1 for a copy consensus found; `null` for a declared one. */
  readonly probability: number | null;
}

/** Sources that copy one another, directly or through others, with the copies between them. */
export interface CopyGroup {
  /** Source indexes, ascending. */
  readonly members: readonly number[];
  /** In the order of their copiers, then as the report lists them. */
  readonly edges: readonly CopyEdge[];
}

/**
 * Every copy the report knows of, and the groups they join sources into
 * (connected through copies in either direction). Sources in no group copy no
 * one and are copied by no one. A declared `republishes` names a source id or
 * an outlet; one that names neither is left out (the table still shows it).
 *
 * @example
 * ```ts
 * copyGroups(report);   // { groups: [{ members: [1, 4], edges: [{ copier: 4, original: 1, probability: 0.97 }] }], independent: [0, 2, 3] }
 * ```
 */
export function copyGroups(report: Report): { readonly groups: readonly CopyGroup[]; readonly independent: readonly number[] } {
  const byId = new Map(report.sources.map((s, i) => [s.id, i]));
  const byOutlet = new Map<string, number>();
  report.sources.forEach((s, i) => {
    if (!byOutlet.has(s.outlet)) byOutlet.set(s.outlet, i);
  });
  const edges: CopyEdge[] = [];
  report.sources.forEach((s, copier) => {
    if (s.republishes !== undefined) {
      const original = byId.get(s.republishes) ?? byOutlet.get(s.republishes);
      if (original !== undefined && original !== copier) edges.push({ copier, original, probability: null });
    }
    for (const d of s.dependsOn ?? []) {
      const original = byId.get(d.source);
      if (original !== undefined && original !== copier) edges.push({ copier, original, probability: d.probability });
    }
  });
  // Union-find; the smaller index is the root, so groups never depend on the order of edges.
  const parent = report.sources.map((_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]!]!;
    return x;
  };
  for (const e of edges) {
    const [a, b] = [find(e.copier), find(e.original)];
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const members = new Map<number, number[]>();
  report.sources.forEach((_, i) => {
    const root = find(i);
    const list = members.get(root);
    if (list) list.push(i);
    else members.set(root, [i]);
  });
  const edgesOf = new Map<number, CopyEdge[]>();
  for (const e of edges) {
    const root = find(e.copier);
    const list = edgesOf.get(root);
    if (list) list.push(e);
    else edgesOf.set(root, [e]);
  }
  const groups: CopyGroup[] = [];
  const independent: number[] = [];
  for (const [root, list] of members) {
    if (list.length === 1) independent.push(root);
    else groups.push({ members: list, edges: edgesOf.get(root)! });
  }
  return { groups, independent };
}
