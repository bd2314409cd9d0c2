import { compareNames, blocksOf } from "../entities/matcher.js";
import { intervalFromDays, type DateInterval } from "../time/partial-date.js";
import { TEXT_AGREEMENT, textSimilarity } from "./similarity.js";
import type { ResolvedClaim } from "./types.js";

/** Claims whose values agree, with the value they agree on. */
export interface ValueCluster {
  /** In corpus order. */
  readonly claims: readonly ResolvedClaim[];
  /** The agreed value: ISO partial date (or `start/end` for a span), entity id or name, number, text or status. */
  readonly value: string | number;
  /** For dates: the part of the calendar every member allows. */
  readonly interval?: DateInterval;
}

export interface ClusterOptions {
  /** Numbers within this distance agree (default 0). */
  readonly tolerance?: number;
  /** Texts at least this similar agree (default TEXT_AGREEMENT, 0.8). */
  readonly textThreshold?: number;
}

/**
 * Split claims of one group into clusters whose values agree. Claims whose value
 * could not be resolved are left out (they are reported as notes elsewhere).
 * Clusters come in the corpus order of their first claim; deterministic.
 */
export function clusterClaims(claims: readonly ResolvedClaim[], options: ClusterOptions = {}): ValueCluster[] {
  if (claims.length === 0) return [];
  const clusters = (() => {
    switch (claims[0]!.value.type) {
      case "date": return clusterDates(claims);
      case "entity": return clusterEntities(claims);
      case "number": return clusterNumbers(claims, options.tolerance ?? 0);
      case "text": return clusterTexts(claims, options.textThreshold ?? TEXT_AGREEMENT);
      case "status": return clusterBy(claims, (c) => (c.value.type === "status" ? c.value.value : ""));
    }
  })();
  for (const c of clusters) if (!inOrder(c.claims)) (c.claims as ResolvedClaim[]).sort((a, b) => a.index - b.index);
  return clusters.length > 1 ? clusters.sort((a, b) => a.claims[0]!.index - b.claims[0]!.index) : clusters;
}

function inOrder(claims: readonly ResolvedClaim[]): boolean {
  for (let i = 1; i < claims.length; i++) if (claims[i - 1]!.index > claims[i]!.index) return false;
  return true;
}

function clusterBy(claims: readonly ResolvedClaim[], key: (c: ResolvedClaim) => string): ValueCluster[] {
  const map = new Map<string, ResolvedClaim[]>();
  for (const c of claims) map.set(key(c), [...(map.get(key(c)) ?? []), c]);
  return [...map.entries()].map(([value, members]) => ({ value, claims: members }));
}

/**
 * Dates agree when their intervals overlap. Finest first: each claim joins the
 * first cluster whose common part it overlaps, so "March 2023" joins the cluster
 * of "19 March 2023" and the cluster's value stays the day both allow.
 */
function clusterDates(claims: readonly ResolvedClaim[]): ValueCluster[] {
  const dated: { claim: ResolvedClaim; interval: DateInterval }[] = [];
  for (const c of claims) if (c.value.type === "date" && c.value.interval !== undefined) dated.push({ claim: c, interval: c.value.interval });
  if (dated.length === 0) return [];
  // The common part of each cluster is kept as two day numbers; its interval is built once at the end.
  dated.sort((a, b) => a.interval.endDay - a.interval.startDay - (b.interval.endDay - b.interval.startDay) || a.claim.index - b.claim.index);
  const built: { start: number; end: number; members: ResolvedClaim[] }[] = [];
  for (const { claim, interval } of dated) {
    let home: (typeof built)[number] | undefined;
    for (const b of built) {
      if (b.start <= interval.endDay && interval.startDay <= b.end) {
        home = b;
        break;
      }
    }
    if (home) {
      home.start = Math.max(home.start, interval.startDay);
      home.end = Math.min(home.end, interval.endDay);
      home.members.push(claim);
    } else built.push({ start: interval.startDay, end: interval.endDay, members: [claim] });
  }
  return built.map(({ start, end, members }) => {
    const first = members[0]!.value as { interval: DateInterval };
    const core = first.interval.startDay === start && first.interval.endDay === end ? first.interval : intervalFromDays(start, end);
    return { value: core.value ?? `${core.start}/${core.end}`, claims: members, interval: core };
  });
}

/**
 * Entities agree when they are the same corpus entity, or, for names no entity
 * lists, when {@link compareNames} says so. Distinct names are compared only
 * within blocks (shared first or last name), so the work grows with distinct names.
 */
function clusterEntities(claims: readonly ResolvedClaim[]): ValueCluster[] {
  const byKey = new Map<string, ResolvedClaim[]>();
  for (const c of claims) {
    if (c.value.type !== "entity") continue;
    byKey.set(c.value.identity.key, [...(byKey.get(c.value.identity.key) ?? []), c]);
  }
  const keys = [...byKey.keys()];
  const parent = new Map(keys.map((k) => [k, k]));
  const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k)!));
  const blocks = new Map<string, string[]>();
  for (const key of keys) {
    const first = byKey.get(key)![0]!;
    if (first.value.type !== "entity") continue;
    for (const block of blocksOf(first.value.written)) blocks.set(block, [...(blocks.get(block) ?? []), key]);
  }
  for (const members of blocks.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i]!, members[j]!];
        if (find(a) === find(b)) continue;
        // Two different declared entities are never merged by spelling.
        if (a.startsWith("entity:") && b.startsWith("entity:")) continue;
        const wa = (byKey.get(a)![0]!.value as { written: string }).written;
        const wb = (byKey.get(b)![0]!.value as { written: string }).written;
        if (compareNames(wa, wb).same) {
          const [ra, rb] = [find(a), find(b)];
          // An entity key stays the root, so the cluster's value is the entity id.
          if (rb.startsWith("entity:")) parent.set(ra, rb);
          else parent.set(rb, ra);
        }
      }
    }
  }
  const merged = new Map<string, ResolvedClaim[]>();
  for (const key of keys) {
    const root = find(key);
    merged.set(root, [...(merged.get(root) ?? []), ...byKey.get(key)!]);
  }
  return [...merged.entries()].map(([root, members]) => {
    const sorted = [...members].sort((a, b) => a.index - b.index);
    const value = root.startsWith("entity:") ? root.slice("entity:".length) : (sorted[0]!.value as { written: string }).written;
    return { value, claims: sorted };
  });
}

/** Numbers agree within the tolerance of a cluster's smallest value, and only with the same unit. */
function clusterNumbers(claims: readonly ResolvedClaim[], tolerance: number): ValueCluster[] {
  const numbers = claims.filter((c) => c.value.type === "number");
  const num = (c: ResolvedClaim) => (c.value as { value: number }).value;
  const unit = (c: ResolvedClaim) => (c.value as { unit?: string }).unit ?? "";
  const sorted = [...numbers].sort((a, b) => unit(a).localeCompare(unit(b)) || num(a) - num(b) || a.index - b.index);
  const out: { start: number; unit: string; members: ResolvedClaim[] }[] = [];
  for (const c of sorted) {
    const last = out.at(-1);
    if (last && last.unit === unit(c) && num(c) - last.start <= tolerance) last.members.push(c);
    else out.push({ start: num(c), unit: unit(c), members: [c] });
  }
  return out.map(({ members }) => {
    const counts = new Map<number, number>();
    for (const m of members) counts.set(num(m), (counts.get(num(m)) ?? 0) + 1);
    const byIndex = [...members].sort((a, b) => a.index - b.index);
    const mode = byIndex.reduce((best, m) => (counts.get(num(m))! > counts.get(num(best))! ? m : best));
    return { value: num(mode), claims: members };
  });
}

/** Texts agree when their normalised wording is similar enough to a cluster's first text. Cached per distinct text. */
function clusterTexts(claims: readonly ResolvedClaim[], threshold: number): ValueCluster[] {
  const byText = new Map<string, ResolvedClaim[]>();
  for (const c of claims) {
    if (c.value.type !== "text") continue;
    byText.set(c.value.normalized, [...(byText.get(c.value.normalized) ?? []), c]);
  }
  const out: { representative: string; members: ResolvedClaim[] }[] = [];
  for (const [text, members] of byText) {
    const home = out.find((o) => textSimilarity(o.representative, text) >= threshold);
    if (home) home.members.push(...members);
    else out.push({ representative: text, members: [...members] });
  }
  return out.map(({ members }) => {
    const first = [...members].sort((a, b) => a.index - b.index)[0]!;
    return { value: (first.value as { written: string }).written, claims: members };
  });
}
