/**
 * Running rules: each in isolation, on frozen inputs, with every report
 * checked. A rule that throws (or reports something malformed, or returns a
 * promise) becomes one `error` note and loses what it reported in that run;
 * every other rule still runs.
 */
import type { EntityMatcher } from "../entities/matcher.js";
import { compareNames } from "../entities/matcher.js";
import type { Corpus, PredicateSpec, Source } from "../model/types.js";
import { clusterValues, type ValueCluster } from "../values/cluster.js";
import { moduleFor, type ResolvedValue } from "../values/index.js";
import type { ConfiguredRule } from "./config.js";
import type { Consensus, ReportDescriptor, RuleContext } from "./context.js";
import { fillMessage, type AnyRule } from "./define-rule.js";
import { bySubject, claimsOf, sliceByTime } from "./groups.js";
import { SourceIndependence } from "./independence.js";
import type { ValueReader } from "./resolve.js";
import type { ClaimGroup, Cluster, Finding, FindingKind, ResolvedClaim, Severity } from "./types.js";

/** What every run of rules in one check shares: built once, whatever the number of batches. */
export interface Run {
  readonly corpus: Corpus;
  readonly reader: ValueReader;
  readonly sources: ReadonlyMap<string, Source>;
  /** The republishing graph; each run of rules takes it with fresh caches. */
  readonly independence: SourceIndependence;
  /** Consensus for a list of claims (a group or a slice), computed before any rule runs. */
  readonly consensus: (claims: readonly ResolvedClaim[]) => Consensus | undefined;
  /** Clusters of a list of claims, cached for the whole check (consensus and every rule share them). */
  readonly clusters: (claims: readonly ResolvedClaim[]) => readonly ValueCluster[];
  /** A group's time slices, cached for the whole check. */
  readonly slices: (group: ClaimGroup) => readonly (readonly ResolvedClaim[])[];
  readonly timings: Map<string, number>;
  /** Corpus-scoped rules that failed: they do not run again. */
  readonly failed: Set<string>;
  readonly onProgress?: (rule: string, index: number) => void;
  /** Each finding's first claim's position in the corpus, for ordering, kept beside the finding rather than in it. */
  readonly firstClaim: WeakMap<Finding, number>;
}

/**
 * Clusters and slices for one check, each computed once: the consensus pass
 * and every rule ask for the same lists, and get the same frozen answers.
 */
export function sharedViews(corpus: Corpus): Pick<Run, "clusters" | "slices"> {
  const clusters = new WeakMap<readonly ResolvedClaim[], readonly ValueCluster[]>();
  const slices = new WeakMap<ClaimGroup, readonly (readonly ResolvedClaim[])[]>();
  return {
    clusters(list) {
      let cached = clusters.get(list);
      if (!cached) {
        const spec = list[0] ? corpus.predicates[list[0].claim.predicate] : undefined;
        cached = Object.freeze(spec ? clusterValues(list, spec) : []);
        clusters.set(list, cached);
      }
      return cached;
    },
    slices(group) {
      let cached = slices.get(group);
      if (!cached) {
        cached = Object.freeze(sliceByTime(group));
        slices.set(group, cached);
      }
      return cached;
    },
  };
}

const KINDS = new Set<FindingKind>(["agreement", "discrepancy", "note"]);
const SEVERITIES = new Set<Severity>(["info", "warning", "error"]);
/** Qualifiers have no predicate: they compare exactly, without tolerance. */
const QUALIFIER_SPEC: PredicateSpec = Object.freeze({ type: "text", cardinality: "one", changesOverTime: false, declared: false });

/** The caches one run of rules shares: independence and qualifiers. Dropped with the batch. */
class Caches {
  readonly independence: SourceIndependence;
  readonly qualifiers = new WeakMap<ResolvedClaim, Readonly<Record<string, ResolvedValue>>>();
  constructor(run: Run) {
    this.independence = run.independence.fresh();
  }
}

/**
 * Run corpus-scoped rules once on everything. A rule that fails gives one
 * error note and nothing else.
 */
export function runCorpusRules(run: Run, rules: readonly ConfiguredRule[], claims: readonly ResolvedClaim[], groups: readonly ClaimGroup[], offset: number): Finding[] {
  const findings: Finding[] = [];
  const caches = new Caches(run);
  rules.forEach((configured, i) => {
    if (run.failed.has(configured.rule.id)) return;
    run.onProgress?.(configured.rule.id, offset + i);
    const outcome = runOne(run, caches, configured, claims, groups);
    if (outcome.ok) findings.push(...outcome.findings);
    else {
      run.failed.add(configured.rule.id);
      findings.push(ruleFailure(configured.rule.id, null, outcome.reason));
    }
  });
  return findings;
}

/**
 * Run subject-scoped rules on one batch of whole subjects. A rule that fails on
 * the batch is run again subject by subject, so that its findings about every
 * subject it handles are kept and each subject it fails on gets one error note:
 * the outcome is the same whatever the batch size.
 */
export function runSubjectRules(run: Run, rules: readonly ConfiguredRule[], groups: readonly ClaimGroup[], offset: number): Finding[] {
  const findings: Finding[] = [];
  if (groups.length === 0) return findings;
  const caches = new Caches(run);
  const claims = claimsOf(groups);
  rules.forEach((configured, i) => {
    run.onProgress?.(configured.rule.id, offset + i);
    const outcome = runOne(run, caches, configured, claims, groups);
    if (outcome.ok) {
      findings.push(...outcome.findings);
      return;
    }
    const subjects = bySubject(groups);
    if (subjects.length === 1) {
      findings.push(ruleFailure(configured.rule.id, groups[0]!.subject, outcome.reason));
      return;
    }
    for (const subject of subjects) {
      const alone = runOne(run, caches, configured, claimsOf(subject), subject);
      if (alone.ok) findings.push(...alone.findings);
      else findings.push(ruleFailure(configured.rule.id, subject[0]!.subject, alone.reason));
    }
  });
  return findings;
}

type Outcome = { readonly ok: true; readonly findings: Finding[] } | { readonly ok: false; readonly reason: string };

function runOne(run: Run, caches: Caches, configured: ConfiguredRule, claims: readonly ResolvedClaim[], groups: readonly ClaimGroup[]): Outcome {
  const { rule, options, severity } = configured;
  const found: Finding[] = [];
  let open = true;
  const ctx: RuleContext<unknown> = Object.freeze({
    id: rule.id,
    options,
    corpus: run.corpus,
    claims: Object.freeze(claims),
    groups: Object.freeze(groups),
    source: (id: string) => run.sources.get(id),
    clusters: run.clusters,
    slices: run.slices,
    independence: (list: readonly ResolvedClaim[]) => caches.independence.of(list),
    consensus: (list: readonly ResolvedClaim[]) => run.consensus(list),
    qualifiers(c: ResolvedClaim) {
      let cached = caches.qualifiers.get(c);
      if (!cached) {
        const read: Record<string, ResolvedValue> = Object.create(null);
        for (const [name, value] of Object.entries(c.claim.qualifiers ?? {})) read[name] = run.reader.read(value, c.source, c.claim.quote);
        cached = Object.freeze(read);
        caches.qualifiers.set(c, cached);
      }
      return cached;
    },
    compare(a: ResolvedValue, b: ResolvedValue, spec: PredicateSpec = QUALIFIER_SPEC) {
      if (a.type !== b.type) return { relation: "different" } as const;
      const module = moduleFor(a.type);
      if (module.failure(a) !== undefined || module.failure(b) !== undefined) return { relation: "different" } as const;
      return module.compare(a, b, spec);
    },
    identify: (name: string) => run.reader.matcher.identify(name),
    compareNames,
    report(descriptor: ReportDescriptor) {
      // A rule that kept the context (an async create, a callback run later) cannot report into a finished run.
      if (!open) throw new Error(`rule "${rule.id}" reported after its create() returned; rules are synchronous`);
      found.push(toFinding(run, caches, rule, descriptor, severity));
    },
  });
  const started = performance.now();
  let outcome: Outcome;
  try {
    const returned: unknown = rule.create(ctx);
    if (isThenable(returned)) {
      // Swallow its eventual rejection: it must never crash the host process after check() returns.
      Promise.resolve(returned).then(undefined, () => undefined);
      outcome = { ok: false, reason: "its create() returned a promise; rules are synchronous (no async, no await)" };
    } else outcome = { ok: true, findings: found };
  } catch (error) {
    outcome = { ok: false, reason: describeError(error) };
  } finally {
    open = false;
  }
  run.timings.set(rule.id, (run.timings.get(rule.id) ?? 0) + performance.now() - started);
  return outcome;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return value !== null && (typeof value === "object" || typeof value === "function") && typeof (value as { then?: unknown }).then === "function";
}

function describeError(error: unknown): string {
  if (error instanceof TypeError && /read[- ]only|not extensible|Cannot (assign|add|delete|define)/i.test(error.message)) {
    return `it tried to change what it was given (${error.message}); rules must not mutate the corpus, claims or clusters`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** A report that breaks the finding model is the rule's bug: it fails the rule rather than reaching a report. */
function validate(rule: AnyRule, d: ReportDescriptor): void {
  const problem = (what: string): never => {
    throw new TypeError(`rule "${rule.id}" reported an invalid finding: ${what}`);
  };
  if (d === null || typeof d !== "object") problem("a report is an object");
  if (!KINDS.has(d.kind)) problem(`kind ${JSON.stringify(d.kind)} is not agreement, discrepancy or note`);
  if (d.severity !== undefined && !SEVERITIES.has(d.severity)) problem(`severity ${JSON.stringify(d.severity)} is not info, warning or error`);
  if (typeof d.messageId !== "string" || !Object.prototype.hasOwnProperty.call(rule.meta.messages, d.messageId)) {
    problem(`unknown messageId ${JSON.stringify(d.messageId)}`);
  }
  if (d.subject !== null && typeof d.subject !== "string") problem("subject is a string or null");
  if (d.predicate !== null && typeof d.predicate !== "string") problem("predicate is a string or null");
  if (!Array.isArray(d.claims) || d.claims.some((c) => c === null || typeof c !== "object" || typeof c.index !== "number" || c.claim === undefined)) {
    problem("claims is an array of the context's resolved claims");
  }
  for (const [key, value] of Object.entries(d.data ?? {})) {
    if (typeof value !== "string" && !(typeof value === "number" && Number.isFinite(value))) problem(`data.${key} is not a string or a finite number`);
  }
  if (d.clusters !== undefined && (!Array.isArray(d.clusters) || d.clusters.some((c) => !Array.isArray(c?.claims)))) {
    problem("clusters is an array of { value, claims }");
  }
  if (d.kind === "discrepancy" && (d.clusters === undefined || d.clusters.length === 0)) problem("a discrepancy says which values conflict (clusters)");
}

function toFinding(run: Run, caches: Caches, rule: AnyRule, d: ReportDescriptor, severityOverride: Severity | undefined): Finding {
  validate(rule, d);
  const data = d.data ?? {};
  const claims = d.claims.length > 1 ? [...d.claims].sort((a, b) => a.index - b.index) : d.claims;
  const clusters: Cluster[] | undefined = d.clusters?.map((c) => {
    const ind = caches.independence.of(c.claims);
    return { value: c.value, claims: c.claims.map((x) => x.claim.id), independentSources: ind.count, sources: ind.sources };
  });
  const finding: Finding = {
    rule: rule.id,
    kind: d.kind,
    severity: severityOverride ?? d.severity ?? (d.kind === "discrepancy" ? "warning" : "info"),
    subject: d.subject,
    predicate: d.predicate,
    claims: claims.map((c) => c.claim.id),
    message: fillMessage(rule.meta.messages[d.messageId]!, data),
    messageId: d.messageId,
    data: { ...data },
    ...(clusters && { clusters }),
    ...(d.note !== undefined && { note: d.note }),
    ...(rule.meta.docsUrl !== undefined && { url: rule.meta.docsUrl }),
  } as Finding;
  if (claims.length > 0) run.firstClaim.set(finding, claims[0]!.index);
  return finding;
}

/** One error note for a rule that failed, about a subject (subject-scoped rules) or the whole corpus. */
export function ruleFailure(ruleId: string, subject: string | null, reason: string): Finding {
  return {
    rule: ruleId,
    kind: "note",
    severity: "error",
    subject,
    predicate: null,
    claims: [],
    message:
      subject === null
        ? `Rule "${ruleId}" failed and reported nothing: ${reason}`
        : `Rule "${ruleId}" failed on ${subject} and reported nothing about it: ${reason}`,
    messageId: "ruleFailed",
    data: { rule: ruleId, reason, ...(subject !== null && { subject }) },
  };
}
