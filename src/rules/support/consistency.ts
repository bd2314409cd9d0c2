import type { ValueCluster } from "../../engine/cluster.js";
import type { RuleContext } from "../../engine/context.js";
import type { ClaimGroup, ResolvedClaim } from "../../engine/types.js";
import type { ValueType } from "../../model/types.js";
import { clusterList, clusterLabel, dependenceNote, outlets } from "./describe.js";

/** What a value-consistency rule adds to the common wording. */
export interface ConsistencyWording {
  /** Extra sentence(s) for an agreement: precision, spelling variants … */
  agreementDetail?(cluster: ValueCluster, claims: readonly ResolvedClaim[]): string;
  /** Extra sentence(s) for a discrepancy: the gap between dates … */
  discrepancyDetail?(clusters: readonly ValueCluster[]): string;
}

/**
 * The common engine of the date, entity, number and text consistency rules.
 * For each group of the given value type (and, for predicates that change over
 * time, each slice of overlapping `asOf`): one cluster from two or more sources
 * is an agreement; several clusters are one discrepancy, unless the predicate's
 * cardinality is `many`, where each value may be true and only agreements are reported.
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

/** Messages every value-consistency rule carries (spread into its meta.messages). */
export const CONSISTENCY_MESSAGES = {
  agree: "{sources} agree on the {predicate} of {subject}: {value}.{detail}",
  conflict: "Sources disagree on the {predicate} of {subject}: {values}.{detail}",
  changed:
    "The {predicate} of {subject} changed over time: {timeline}. Claims about different times do not contradict each other; they are compared only where their times overlap.",
} as const;

function reportChange(ctx: RuleContext<unknown>, group: ClaimGroup, clusters: readonly ValueCluster[]): void {
  const dated = clusters.map((cluster) => {
    const times = cluster.claims.flatMap((c) => (c.asOf ? [c.asOf] : []));
    const start = times.length ? Math.min(...times.map((t) => t.startDay)) : Infinity;
    const from = times.length ? times.reduce((a, b) => (b.startDay < a.startDay ? b : a)) : undefined;
    const to = times.length ? times.reduce((a, b) => (b.endDay > a.endDay ? b : a)) : undefined;
    const when = from && to ? (from === to || from.start === to.start ? label(from) : `${label(from)} to ${label(to)}`) : "time unknown";
    return { cluster, start, text: `${clusterLabel(cluster)} (${when}: ${outlets(cluster.claims)})` };
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

function checkSlice(ctx: RuleContext<unknown>, group: ClaimGroup, slice: readonly ResolvedClaim[], wording: ConsistencyWording, scope: TimeScope = "timeless"): void {
  const clusters = ctx.clusters(slice);
  if (clusters.length === 0) return;
  const base = { subject: group.subject, predicate: group.predicate };
  const when = scope === "timeless" ? "" : timeNote(slice, scope);
  const agreements = group.spec.cardinality === "many" || clusters.length === 1 ? clusters : [];
  for (const cluster of agreements) {
    if (new Set(cluster.claims.map((c) => c.source.id)).size < 2) continue;
    const independence = ctx.independence(cluster.claims);
    ctx.report({
      ...base,
      kind: "agreement",
      messageId: "agree",
      data: {
        sources: outlets(cluster.claims),
        independent: independence.count,
        subject: group.subject,
        predicate: group.predicate,
        value: clusterLabel(cluster),
        detail: `${wording.agreementDetail?.(cluster, cluster.claims) ?? ""}${when}${dependenceNote(independence.dependences.map((d) => d.reason))}`,
      },
      claims: cluster.claims,
      clusters: [cluster],
    });
  }
  if (clusters.length > 1 && group.spec.cardinality === "one") {
    const dependences = clusters.flatMap((c) => ctx.independence(c.claims).dependences.map((d) => d.reason));
    ctx.report({
      ...base,
      kind: "discrepancy",
      messageId: "conflict",
      data: {
        subject: group.subject,
        predicate: group.predicate,
        values: clusterList(clusters),
        count: clusters.length,
        detail: `${wording.discrepancyDetail?.(clusters) ?? ""}${when}${dependenceNote(dependences)}`,
      },
      claims: clusters.flatMap((c) => c.claims),
      clusters,
    });
  }
}

function timeNote(slice: readonly ResolvedClaim[], scope: "across" | "within"): string {
  const starts = slice.map((c) => c.asOf?.start).filter((s): s is string => s !== undefined).sort();
  const ends = slice.map((c) => c.asOf?.end).filter((s): s is string => s !== undefined).sort();
  if (starts.length === 0) return "";
  const span = `${starts[0]}${ends.at(-1) !== starts[0] ? ` to ${ends.at(-1)}` : ""}`;
  const unknown = slice.some((c) => c.asOf === undefined) ? "; some claims do not say when" : "";
  return scope === "across"
    ? ` The same at every time reported (${span}${unknown}).`
    : ` It changes over time; these claims overlap in time (${span}).`;
}

export { outlets };
