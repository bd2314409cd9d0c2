import { compareNames } from "../entities/matcher.js";
import type { Corpus } from "../model/types.js";
import { builtinRules } from "../rules/index.js";
import { clusterClaims, type ValueCluster } from "./cluster.js";
import { configureRules, type RulesConfig } from "./config.js";
import type { RuleContext, ReportDescriptor } from "./context.js";
import { fillMessage, type AnyRule } from "./define-rule.js";
import { explainClaim } from "./explain.js";
import { SourceIndependence } from "./independence.js";
import { resolveClaims } from "./resolve.js";
import type { ClaimGroup, Cluster, Finding, Report, ResolvedClaim } from "./types.js";

/** Options of {@link check}. */
export interface CheckOptions {
  /** Turn rules off, set their severity, give them options: `{ "single-source": "off", "text-consistency": ["warning", { threshold: 0.9 }] }`. */
  readonly rules?: RulesConfig;
  /** Your own rules, run after the built-ins (see defineRule). */
  readonly extraRules?: readonly AnyRule[];
  /** Run the built-in rules (default `true`); `false` runs only `extraRules`. */
  readonly builtins?: boolean;
  /** Called with each rule's time in milliseconds (for `--timing`). */
  readonly onRuleTiming?: (ruleId: string, milliseconds: number) => void;
  /** Called as the check moves on: resolving values, then each rule in turn (for progress displays). */
  readonly onProgress?: (progress: CheckProgress) => void;
}

/** Where a check is, for progress displays. */
export type CheckProgress =
  | { readonly stage: "resolving"; readonly claims: number }
  | { readonly stage: "rule"; readonly rule: string; readonly index: number; readonly total: number };

/**
 * Check a corpus: resolve every claim's value once, group claims by subject and
 * predicate, run the rules, and return the report (CONTRACT.md §2). Pure: no I/O,
 * no clock, no global state; the same corpus gives a byte-identical report.
 *
 * A rule that throws becomes one `error` finding naming the rule; its partial
 * findings are dropped and every other rule still runs. A configuration mistake
 * (unknown rule, invalid options) throws a {@link ConfigError}.
 *
 * @example
 * ```ts
 * const parsed = parseCorpus(json);
 * if (parsed.ok) {
 *   const report = check(parsed.corpus, { rules: { "single-source": "off" } });
 *   console.log(report.summary.discrepancies);
 * }
 * ```
 */
export function check(corpus: Corpus, options: CheckOptions = {}): Report {
  const configured = configureRules([...(options.builtins === false ? [] : builtinRules), ...(options.extraRules ?? [])], options.rules);
  options.onProgress?.({ stage: "resolving", claims: corpus.claims.length });
  const { claims, matcher } = resolveClaims(corpus);
  const groups = groupClaims(corpus, claims);
  const independence = new SourceIndependence(corpus.sources);
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const clusterCache = new WeakMap<readonly ResolvedClaim[], readonly ValueCluster[]>();
  const sliceCache = new WeakMap<ClaimGroup, readonly (readonly ResolvedClaim[])[]>();

  const findings: Finding[] = [];
  for (const [index, { rule, options: ruleOptions, severity }] of configured.entries()) {
    options.onProgress?.({ stage: "rule", rule: rule.id, index, total: configured.length });
    const found: Finding[] = [];
    const ctx: RuleContext<unknown> = Object.freeze({
      id: rule.id,
      options: ruleOptions,
      corpus,
      claims,
      groups,
      source: (id: string) => sources.get(id),
      clusters(list: readonly ResolvedClaim[]) {
        let cached = clusterCache.get(list);
        if (!cached) {
          const spec = list[0] ? corpus.predicates[list[0].claim.predicate] : undefined;
          cached = Object.freeze(clusterClaims(list, { tolerance: spec?.tolerance ?? 0 }));
          clusterCache.set(list, cached);
        }
        return cached;
      },
      slices(group: ClaimGroup) {
        let cached = sliceCache.get(group);
        if (!cached) {
          cached = Object.freeze(sliceByTime(group));
          sliceCache.set(group, cached);
        }
        return cached;
      },
      independence: (list: readonly ResolvedClaim[]) => independence.of(list),
      identify: (name: string) => matcher.identify(name),
      compareNames,
      report(descriptor: ReportDescriptor) {
        found.push(toFinding(rule, descriptor, severity, independence));
      },
    });
    const started = performance.now();
    try {
      rule.create(ctx);
      findings.push(...found);
    } catch (error) {
      findings.push(ruleCrash(rule.id, error));
    }
    options.onRuleTiming?.(rule.id, performance.now() - started);
  }
  return {
    format: "corroborate-report/v1",
    ...(corpus.title !== undefined && { title: corpus.title }),
    summary: {
      sources: corpus.sources.length,
      claims: corpus.claims.length,
      agreements: findings.filter((f) => f.kind === "agreement").length,
      discrepancies: findings.filter((f) => f.kind === "discrepancy").length,
      notes: findings.filter((f) => f.kind === "note").length,
    },
    sources: corpus.sources.map((s) => ({
      id: s.id,
      outlet: s.outlet,
      publishedAt: s.publishedAt ?? null,
      ...(s.title !== undefined && { title: s.title }),
      ...(s.url !== undefined && { url: s.url }),
      ...(s.author !== undefined && { author: s.author }),
      ...(s.note !== undefined && { note: s.note }),
      ...(s.republishes !== undefined && { republishes: s.republishes }),
    })),
    findings: sortFindings(findings, corpus),
    claims: evidenceTable(claims),
  };
}

/** Every claim's evidence, by id, in corpus order; no prototype, so any id is a plain key. */
function evidenceTable(claims: readonly ResolvedClaim[]): Record<string, ReturnType<typeof explainClaim>> {
  const table: Record<string, ReturnType<typeof explainClaim>> = Object.create(null);
  for (const c of claims) table[c.claim.id] = explainClaim(c);
  return table;
}

/** Claims by subject, then predicate, in order of first appearance. */
function groupClaims(corpus: Corpus, claims: readonly ResolvedClaim[]): ClaimGroup[] {
  const groups = new Map<string, { subject: string; predicate: string; claims: ResolvedClaim[] }>();
  for (const c of claims) {
    const key = `${c.claim.subject}\u0000${c.claim.predicate}`;
    let group = groups.get(key);
    if (!group) {
      group = { subject: c.claim.subject, predicate: c.claim.predicate, claims: [] };
      groups.set(key, group);
    }
    group.claims.push(c);
  }
  return [...groups.values()].map((g) => Object.freeze({ ...g, spec: corpus.predicates[g.predicate]!, claims: Object.freeze(g.claims) }));
}

/**
 * Split a group where its claims' times do not overlap (sweep over `asOf`):
 * claims about different times are not compared. Claims with no known time
 * stand alone.
 */
function sliceByTime(group: ClaimGroup): (readonly ResolvedClaim[])[] {
  if (!group.spec.changesOverTime) return [group.claims];
  const timed = group.claims.filter((c) => c.asOf !== undefined).sort((a, b) => a.asOf!.startDay - b.asOf!.startDay || a.index - b.index);
  const slices: ResolvedClaim[][] = [];
  let end = -Infinity;
  for (const c of timed) {
    if (c.asOf!.startDay > end) slices.push([]);
    slices.at(-1)!.push(c);
    end = Math.max(end, c.asOf!.endDay);
  }
  for (const c of group.claims) if (c.asOf === undefined) slices.push([c]);
  return slices.map((s) => s.sort((a, b) => a.index - b.index));
}

function toFinding(
  rule: AnyRule,
  d: ReportDescriptor,
  severityOverride: Finding["severity"] | undefined,
  independence: SourceIndependence,
): Finding {
  const template = rule.meta.messages[d.messageId];
  if (template === undefined) throw new Error(`rule "${rule.id}" reported an unknown messageId "${d.messageId}"`);
  const data = d.data ?? {};
  const claims = d.claims.length > 1 ? [...d.claims].sort((a, b) => a.index - b.index) : d.claims;
  const clusters: Cluster[] | undefined = d.clusters?.map((c) => {
    const ind = independence.of(c.claims);
    return { value: c.value, claims: c.claims.map((x) => x.claim.id), independentSources: ind.count, sources: ind.sources };
  });
  return {
    rule: rule.id,
    kind: d.kind,
    severity: severityOverride ?? d.severity ?? (d.kind === "discrepancy" ? "warning" : "info"),
    subject: d.subject,
    predicate: d.predicate,
    claims: claims.map((c) => c.claim.id),
    message: fillMessage(template, data),
    messageId: d.messageId,
    data: { ...data },
    ...(clusters && { clusters }),
    ...(d.note !== undefined && { note: d.note }),
  };
}

function ruleCrash(ruleId: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    rule: ruleId,
    kind: "note",
    severity: "error",
    subject: null,
    predicate: null,
    claims: [],
    message: `Rule "${ruleId}" failed and reported nothing: ${reason}`,
    messageId: "ruleFailed",
    data: { rule: ruleId, reason },
  };
}

const KIND_ORDER = { discrepancy: 0, agreement: 1, note: 2 } as const;

/** Subjects and predicates in order of first appearance; discrepancies first; then rule, claims and message. */
function sortFindings(findings: Finding[], corpus: Corpus): Finding[] {
  const subjectOrder = new Map<string, number>();
  const predicateOrder = new Map<string, number>();
  const claimOrder = new Map<string, number>();
  corpus.claims.forEach((c, i) => {
    if (!subjectOrder.has(c.subject)) subjectOrder.set(c.subject, subjectOrder.size);
    if (!predicateOrder.has(c.predicate)) predicateOrder.set(c.predicate, predicateOrder.size);
    claimOrder.set(c.id, i);
  });
  const rank = (map: Map<string, number>, key: string | null) => (key === null ? -1 : (map.get(key) ?? map.size));
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      ({ f: a, i: ia }, { f: b, i: ib }) =>
        rank(subjectOrder, a.subject) - rank(subjectOrder, b.subject) ||
        rank(predicateOrder, a.predicate) - rank(predicateOrder, b.predicate) ||
        KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
        cmp(a.rule, b.rule) ||
        (claimOrder.get(a.claims[0] ?? "") ?? -1) - (claimOrder.get(b.claims[0] ?? "") ?? -1) ||
        cmp(a.message, b.message) ||
        ia - ib,
    )
    .map(({ f }) => f);
}
