import type { Consensus, RuleContext } from "../../engine/context.js";
import type { ClaimGroup, ResolvedClaim } from "../../engine/types.js";
import type { ValueType } from "../../model/types.js";
import type { ValueCluster } from "../../values/cluster.js";
import { moduleFor } from "../../values/index.js";
import { clusterList, dependenceNote, listOf, namedList, outlets, share, trustOf, writtenAndResolved } from "./describe.js";

/** What a value-consistency rule adds to the common wording. */
export interface ConsistencyWording {
  /**
   * Extra sentence(s) for an agreement: precision, spelling variants …
   * Defaults to naming the sources that give a less specific value.
   */
  agreementDetail?(cluster: ValueCluster, claims: readonly ResolvedClaim[], group: ClaimGroup): string;
  /** Extra sentence(s) for a discrepancy: different units … */
  discrepancyDetail?(clusters: readonly ValueCluster[]): string;
}

/** Messages every value-consistency rule carries (spread into its meta.messages). */
export const CONSISTENCY_MESSAGES = {
  agree: "The {predicate} of {subject}: {value}, as {sources} agree.",
  agreeTrusted: "The {predicate} of {subject}: {value}, as {sources} agree (trusted {trust}).",
  conflict: "The {predicate} of {subject}: most likely {best} (confidence {confidence}), from {reason}. Sources disagree: {values}.",
  conflictUndecided: "Sources disagree on the {predicate} of {subject}: {values}.",
  changed:
    "The {predicate} of {subject} changed over time: {timeline}. Claims about different times do not contradict each other; they are compared only where their times overlap.",
} as const;

/**
 * The common engine of the value-consistency rules (one per value type).
 * For each group of the given value type (and, for predicates that change over
 * time, each slice of overlapping `asOf`): one cluster from two or more sources
 * is an agreement; several clusters are one discrepancy that leads with the
 * most likely value, unless the predicate's cardinality is `many`, where each
 * value may be true and only agreements are reported.
 */
export function checkConsistency(ctx: RuleContext<unknown>, type: ValueType, wording: ConsistencyWording = {}): void {
  for (const group of ctx.groups) {
    if (group.spec.type !== type) continue;
    if (!group.spec.changesOverTime) {
      checkSlice(ctx, group, group.claims, wording, "timeless");
      continue;
    }
    // A value that is the same at every time reported agrees across those times;
    // otherwise claims are compared only where their times overlap, and the change is noted.
    const whole = ctx.clusters(group.claims);
    if (whole.length <= 1) {
      checkSlice(ctx, group, group.claims, wording, "across");
      continue;
    }
    for (const slice of ctx.slices(group)) checkSlice(ctx, group, slice, wording, "within");
    reportChange(ctx, group, whole);
  }
}

function reportChange(ctx: RuleContext<unknown>, group: ClaimGroup, clusters: readonly ValueCluster[]): void {
  const dated = clusters.map((cluster) => {
    let from: ResolvedClaim["asOf"];
    let to: ResolvedClaim["asOf"];
    for (const c of cluster.claims) {
      if (!c.asOf) continue;
      if (!from || c.asOf.startDay < from.startDay) from = c.asOf;
      if (!to || c.asOf.endDay > to.endDay) to = c.asOf;
    }
    const when = from && to ? (from === to || from.start === to.start ? label(from) : `${label(from)} to ${label(to)}`) : "time unknown";
    return { cluster, start: from ? from.startDay : Infinity, text: `${cluster.label} (${when}: ${outlets(cluster.claims)})` };
  });
  dated.sort((a, b) => a.start - b.start || a.cluster.claims[0]!.index - b.cluster.claims[0]!.index);
  ctx.report({
    kind: "note",
    messageId: "changed",
    data: { predicate: group.predicate, subject: group.subject, timeline: dated.map((d) => d.text).join(" → ") },
    subject: group.subject,
    predicate: group.predicate,
    claims: clusters.flatMap((c) => c.claims),
    clusters,
  });
}

function label(interval: { value: string | null; start: string; end: string }): string {
  return interval.value ?? `${interval.start} … ${interval.end}`;
}

/** `across`: the whole group, one value at every time; `within`: one slice of overlapping times. */
type TimeScope = "timeless" | "across" | "within";

function checkSlice(ctx: RuleContext<unknown>, group: ClaimGroup, slice: readonly ResolvedClaim[], wording: ConsistencyWording, scope: TimeScope): void {
  const clusters = ctx.clusters(slice);
  if (clusters.length === 0) return;
  const base = { subject: group.subject, predicate: group.predicate };
  const when = scope === "timeless" ? "" : timeNote(slice, scope);
  const consensus = ctx.consensus(slice);
  const agreements = group.spec.cardinality === "many" || clusters.length === 1 ? clusters : [];
  for (const cluster of agreements) {
    // Copies of one source agree with it by construction: that is no corroboration (single-source notes it).
    const independence = ctx.independence(cluster.claims);
    if (independence.count < 2) continue;
    const trusted = trustOf(cluster.claims, consensus);
    const detail = wording.agreementDetail ? wording.agreementDetail(cluster, cluster.claims, group) : lessSpecific(ctx, cluster);
    const note = noteOf(`${detail}${when}${dependenceNote(independence.dependences)}`);
    ctx.report({
      ...base,
      kind: "agreement",
      messageId: trusted ? "agreeTrusted" : "agree",
      data: {
        sources: outlets(cluster.claims),
        independent: independence.count,
        subject: group.subject,
        predicate: group.predicate,
        value: cluster.label,
        ...(trusted && { trust: trusted }),
      },
      claims: cluster.claims,
      clusters: [cluster],
      ...(note && { note }),
    });
  }
  if (clusters.length > 1 && group.spec.cardinality === "one") {
    const dependences = clusters.flatMap((c) => ctx.independence(c.claims).dependences);
    const gap = nearest(clusters, group);
    const note = noteOf(`${gap ? ` The nearest two are ${gap} apart.` : ""}${wording.discrepancyDetail?.(clusters) ?? ""}${when}${dependenceNote(dependences)}`);
    const common = { subject: group.subject, predicate: group.predicate, values: clusterList(clusters), count: clusters.length, gap };
    const best = consensus?.cluster;
    ctx.report({
      ...base,
      kind: "discrepancy",
      ...(best && consensus
        ? {
            messageId: "conflict",
            data: { ...common, best: best.label, confidence: share(consensus.entry.confidence), reason: consensusReason(ctx, consensus, best, clusters) },
          }
        : { messageId: "conflictUndecided", data: common }),
      claims: clusters.flatMap((c) => c.claims),
      clusters: best ? [best, ...clusters.filter((c) => c !== best)] : clusters,
      ...(note && { note }),
    });
  }
}

/**
 * The detail a reader who wants the why reads under the message (precision,
 * spelling, time, copies counted once): the finding's `note`, so the message
 * states its answer once and `data` keeps values, not sentences.
 */
function noteOf(detail: string): string | undefined {
  const note = detail.trim();
  return note === "" ? undefined : note;
}

/**
 * Why the most likely value is: who states it and how far they are trusted,
 * and which other values come from sources counted once as copies
 * ("aa and flightstats, trusted 0.97 and 0.93; 12:57 from 4 sources that copy flightview, counted once").
 */
function consensusReason(ctx: RuleContext<unknown>, consensus: Consensus, best: ValueCluster, clusters: readonly ValueCluster[]): string {
  const trusted = trustOf(best.claims, consensus);
  const independent = ctx.independence(best.claims).count;
  const parts = [`${outlets(best.claims)}${trusted ? `, trusted ${trusted}` : ""}${independent > 1 ? ` (${independent} independent)` : ""}`];
  for (const cluster of clusters) {
    if (cluster === best) continue;
    const copiers = new Set<string>();
    const originals = new Set<string>();
    for (const c of cluster.claims) {
      const original = consensus.copies.get(c.source.id);
      if (original === undefined) continue;
      copiers.add(c.source.id);
      originals.add(original);
    }
    if (copiers.size === 0) continue;
    const outlet = (id: string) => ctx.source(id)?.outlet ?? id;
    const mutual = [...originals].every((o) => copiers.has(o));
    parts.push(
      mutual
        ? `${cluster.label} from ${listOf([...copiers].map(outlet))}, which copy one another, counted once`
        : `${cluster.label} from ${copiers.size === 1 ? "1 source that copies" : `${copiers.size} sources that copy`} ${listOf([...originals].filter((o) => !copiers.has(o)).map(outlet))}, counted once`,
    );
  }
  return parts.join("; ");
}

/** Claims of an agreeing cluster that say less than it does: compatible, not confirming (the default agreement detail). */
export function lessSpecific(ctx: RuleContext<unknown>, cluster: ValueCluster): string {
  const coarser: string[] = [];
  const seen = new Set<string>();
  for (const c of cluster.claims) {
    const relation = ctx.compare(cluster.resolved, c.value);
    if (relation.relation !== "compatible" || relation.finer === "second") continue;
    const text = `${c.source.outlet} (${writtenAndResolved(c)})`;
    if (!seen.has(text)) coarser.push(text);
    seen.add(text);
  }
  if (coarser.length === 0) return "";
  return ` ${namedList(coarser, "others")} ${coarser.length === 1 ? "says" : "say"} less: compatible with ${cluster.label}, but not confirming all of it.`;
}

/** How far apart the two nearest clusters are ("3 minutes", "2 days"), or "" when the type has no distance. */
function nearest(clusters: readonly ValueCluster[], group: ClaimGroup): string {
  const module = moduleFor(group.spec.type);
  let best: { amount: number; text: string } | undefined;
  for (let i = 0; i < clusters.length; i++) {
    for (let j = i + 1; j < clusters.length; j++) {
      const relation = module.compare(clusters[i]!.resolved, clusters[j]!.resolved, group.spec);
      if (relation.relation === "different" && relation.distance && (!best || relation.distance.amount < best.amount)) best = relation.distance;
    }
  }
  return best?.text ?? "";
}

function timeNote(slice: readonly ResolvedClaim[], scope: "across" | "within"): string {
  let first: string | undefined;
  let last: string | undefined;
  let unknown = false;
  for (const c of slice) {
    if (!c.asOf) {
      unknown = true;
      continue;
    }
    if (first === undefined || c.asOf.start < first) first = c.asOf.start;
    if (last === undefined || c.asOf.end > last) last = c.asOf.end;
  }
  if (first === undefined) return "";
  const span = `${first}${last !== first ? ` to ${last}` : ""}`;
  const note = unknown ? "; some claims do not say when" : "";
  return scope === "across" ? ` The same at every time reported (${span}${note}).` : ` It changes over time; these claims overlap in time (${span}).`;
}

export { outlets };
