import type { Claim, PredicateSpec, Source, Value, ValueType } from "../model/types.js";
import type { ResolvedDate } from "../time/resolve-date.js";
import type { DateInterval } from "../time/partial-date.js";
import type { ResolvedValue } from "../values/index.js";

/** What a finding says: sources agree, sources contradict each other, or something worth knowing. */
export type FindingKind = "agreement" | "discrepancy" | "note";
/** How much a finding needs attention; `error` (a failed rule included) fails a pipeline. */
export type Severity = "info" | "warning" | "error";

/** A group of claims whose values agree, as carried by a finding (README, "Report formats"). */
export interface Cluster {
  /** The agreed value, resolved: ISO partial date or date-time, entity id or name, number, text, status, code, or (names) the list of names. */
  readonly value: string | number | readonly string[];
  /** Claim ids, in corpus order. */
  readonly claims: readonly string[];
  /** Sources behind the cluster, counting once those that republish or quote one another. */
  readonly independentSources: number;
  /** Source ids, in corpus order. */
  readonly sources: readonly string[];
}

/** One claim as the report shows it: who said what, as written and as resolved, and how. */
export interface Evidence {
  readonly source: string;
  readonly subject: string;
  readonly predicate: string;
  /** The value's type. */
  readonly type: ValueType;
  readonly outlet: string;
  readonly publishedAt: string | null;
  /** The value as the source wrote it ("on Sunday", "Ban Ki Moon", "175 parties"). */
  readonly written: string;
  /** The value as resolved ("2016-04-22", "ban-ki-moon"), or `null` when unresolved. */
  readonly resolved: string | number | readonly string[] | null;
  /** How it was resolved, when that was not trivial. */
  readonly how?: string;
  /** When the claim held, resolved (ISO partial date or `start/end`), for claims about a state in time. */
  readonly asOf?: string;
  readonly quote: string;
  readonly attributedTo?: string;
  readonly hedged?: boolean;
  /** The file the claim was read from, when the caller said (the command line does). */
  readonly file?: string;
  /** The line its record starts on in that file (1-based). */
  readonly line?: number;
}

/** A source as the report shows it: its metadata and how it was established. */
export interface ReportSource {
  readonly id: string;
  readonly outlet: string;
  readonly publishedAt: string | null;
  readonly title?: string;
  readonly url?: string;
  readonly author?: string;
  readonly note?: string;
  readonly republishes?: string;
  /**
   * The estimated share of this source's values that are true (0–1), learned
   * from the whole corpus; absent when the corpus gives too little evidence.
   */
  readonly trust?: number;
  /** The sources this one appears to copy, most likely first, each with the probability that it does. */
  readonly dependsOn?: readonly SourceDependence[];
}

/** A source another appears to copy, and how likely that is. */
export interface SourceDependence {
  readonly source: string;
  /** 0–1. */
  readonly probability: number;
}

/**
 * The most likely true value of one group of claims (one subject's predicate,
 * per time slice for predicates that change over time), learned from the
 * whole corpus: who says it, how far they are trusted, who copies whom.
 */
export interface ConsensusEntry {
  readonly subject: string;
  readonly predicate: string;
  /** The most likely value, in the form of cluster values (for `names`, the list of names). */
  readonly value: string | number | readonly string[];
  /**
   * The value as findings word it, where that differs from `value`: a name as
   * written rather than its entity id ("Ali Shamkhani" for `ali-shamkhani`), a
   * time in words ("14:07 on 1 December 2011"), a list joined ("Knuth and
   * Patashnik"). Formats print it; pipelines read `value`.
   */
  readonly label?: string;
  /** The estimated probability that it is true, 0–1. */
  readonly confidence: number;
  /** The claims that support it, ids in corpus order. */
  readonly claims: readonly string[];
  /** Their sources, counting once those that republish or copy one another. */
  readonly independentSources: number;
  /** For a predicate that changes over time: when (ISO partial date or `start/end`). */
  readonly asOf?: string;
}

/** What every finding carries, whatever its kind. */
export interface FindingBase {
  readonly rule: string;
  readonly severity: Severity;
  readonly subject: string | null;
  readonly predicate: string | null;
  /** Every claim the finding is about, ids in corpus order. */
  readonly claims: readonly string[];
  readonly message: string;
  readonly messageId: string;
  /** The values the message was written from: short values, not sentences. */
  readonly data: Readonly<Record<string, string | number>>;
  /** Further detail for a reader who wants the why. */
  readonly note?: string;
  /** Where the rule is documented (its `meta.docsUrl`). */
  readonly url?: string;
}

/** Sources contradict each other: always with the clusters of claims whose values agree, the most likely first when consensus knows it. */
export interface DiscrepancyFinding extends FindingBase {
  readonly kind: "discrepancy";
  readonly clusters: readonly Cluster[];
}

/** Sources agree; about a subject's predicate, with the one agreed cluster. */
export interface AgreementFinding extends FindingBase {
  readonly kind: "agreement";
  readonly clusters?: readonly Cluster[];
}

/** Something worth knowing: a value only one source states, how a date in words was read, a rule that failed. */
export interface NoteFinding extends FindingBase {
  readonly kind: "note";
  readonly clusters?: readonly Cluster[];
}

/**
 * A finding: readonly plain data that serialises to JSON as it is (vfile-message's
 * model with ESLint's `messageId` and `data`), discriminated by `kind`.
 */
export type Finding = DiscrepancyFinding | AgreementFinding | NoteFinding;

/** Counts of a report: sources, claims, and findings by kind. */
export interface ReportSummary {
  readonly sources: number;
  readonly claims: number;
  readonly agreements: number;
  readonly discrepancies: number;
  readonly notes: number;
}

/** The report (README, "Report formats"). */
export interface Report {
  readonly format: "corroborate-report/v1";
  readonly title?: string;
  readonly summary: ReportSummary;
  /** The corpus's sources, in corpus order (an extension of the contract). */
  readonly sources: readonly ReportSource[];
  readonly findings: readonly Finding[];
  /**
   * The most likely value of each group, in report order (see {@link ConsensusEntry}).
   * A group whose values are exactly as likely as one another (one source against
   * one, nothing else to tell them apart) has no entry: there is no most likely value.
   */
  readonly consensus: readonly ConsensusEntry[];
  /**
   * Every claim once, by id, in corpus order: source, value as written and as
   * resolved, how, and quote (an extension of the contract). Findings name their
   * claims by id; look them up here.
   */
  readonly claims: Readonly<Record<string, Evidence>>;
}

/** A claim with everything the engine worked out about it. */
export interface ResolvedClaim {
  readonly claim: Claim;
  /** Position in the corpus's `claims` (for a partition of a corpus: in the whole corpus's). */
  readonly index: number;
  readonly source: Source;
  readonly value: ResolvedValue;
  /** When the claim held: its `asOf`, else its source's publication date; `undefined` when unknown. */
  readonly asOf: DateInterval | undefined;
  /** How the claim's own `asOf` was resolved, when it is written in words (shown by the relative-date rule). */
  readonly asOfResolution?: ResolvedDate | { readonly ok: false; readonly reason: string };
}

/** Claims about one subject's one predicate. */
export interface ClaimGroup {
  readonly subject: string;
  readonly predicate: string;
  readonly spec: PredicateSpec;
  /** In corpus order. */
  readonly claims: readonly ResolvedClaim[];
}

export type { Claim, ResolvedValue, Source, Value };
