import type { EntityIdentity, NameMatch } from "../entities/matcher.js";
import type { Corpus, PredicateSpec, Source } from "../model/types.js";
import type { ValueCluster } from "../values/cluster.js";
import type { ReportValue, ResolvedValue, ValueRelation } from "../values/index.js";
import type { Independence } from "./independence.js";
import type { ClaimGroup, ConsensusEntry, ResolvedClaim, Severity } from "./types.js";

/** A cluster as a rule reports it: a value and the claims that state it (a {@link ValueCluster} is one). */
export interface ReportedCluster {
  readonly value: ReportValue;
  readonly claims: readonly ResolvedClaim[];
}

/** What every report carries, whatever its kind. */
export interface ReportBase<MessageIds extends string = string> {
  readonly messageId: MessageIds;
  /** The values the message's `{placeholders}` are filled from: short values, not sentences. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** Defaults: `warning` for a discrepancy, `info` otherwise. Configuration may override it. */
  readonly severity?: Severity;
  readonly subject: string | null;
  readonly predicate: string | null;
  /** Every claim the finding is about, in any order (the engine sorts them). */
  readonly claims: readonly ResolvedClaim[];
  readonly note?: string;
}

/**
 * What a rule reports; the engine adds the rule id, fills the message, counts
 * each cluster's independent sources and explains the claims. A discrepancy
 * always says which values conflict: its `clusters`.
 */
export type ReportDescriptor<MessageIds extends string = string> =
  | (ReportBase<MessageIds> & { readonly kind: "discrepancy"; readonly clusters: readonly ReportedCluster[] })
  | (ReportBase<MessageIds> & { readonly kind: "agreement" | "note"; readonly clusters?: readonly ReportedCluster[] });

/** Compare two names (see `compareNames`). */
export type Compare = (a: string, b: string) => NameMatch;

/**
 * The most likely value of a group of claims, as consensus estimated it from
 * the whole corpus, with what decided it.
 */
export interface Consensus {
  readonly entry: ConsensusEntry;
  /** The cluster of the most likely value, when it is one of the group's clusters. */
  readonly cluster: ValueCluster | undefined;
  /** Each source's estimated trust, for the sources of this group; absent when not estimated. */
  readonly trust: ReadonlyMap<string, number>;
  /** Sources of this group discounted as copies: copier → the source it copies. */
  readonly copies: ReadonlyMap<string, string>;
}

/**
 * The read-only world a rule sees (textlint's small context): the corpus, the
 * claims with their values already resolved, the groups, cached clustering,
 * independence and consensus, value comparison, and `report`. Everything it
 * returns is frozen.
 */
export interface RuleContext<Options = unknown, MessageIds extends string = string> {
  readonly id: string;
  readonly options: Options;
  readonly corpus: Corpus;
  /** Every claim, resolved, in corpus order (for a subject-scoped rule: the claims of the subjects it is run on). */
  readonly claims: readonly ResolvedClaim[];
  /** Claims grouped by subject and predicate, in the order subjects and predicates first appear. */
  readonly groups: readonly ClaimGroup[];
  source(id: string): Source | undefined;
  /** Clusters of agreeing values (cached per list of claims), in the corpus order of their first claim. */
  clusters(claims: readonly ResolvedClaim[]): readonly ValueCluster[];
  /** For predicates that change over time: the claims split where their `asOf` do not overlap. */
  slices(group: ClaimGroup): readonly (readonly ResolvedClaim[])[];
  /** How many independent sources stand behind some claims. */
  independence(claims: readonly ResolvedClaim[]): Independence;
  /**
   * The most likely value of a group's claims (a whole group, or one time slice
   * of it), or `undefined` when consensus has nothing to say (values that
   * could not be read, cardinality `many`).
   */
  consensus(claims: readonly ResolvedClaim[]): Consensus | undefined;
  /** A claim's qualifiers, each read by its type's module (cached). */
  qualifiers(claim: ResolvedClaim): Readonly<Record<string, ResolvedValue>>;
  /** How two readable values of one type relate (through their type's module; `spec` gives the tolerance). */
  compare(a: ResolvedValue, b: ResolvedValue, spec?: PredicateSpec): ValueRelation;
  /** Identify a name against the corpus's entities (cached). */
  identify(name: string): EntityIdentity;
  compareNames: Compare;
  report(descriptor: ReportDescriptor<MessageIds>): void;
}
