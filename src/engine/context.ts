import type { EntityIdentity, NameMatch } from "../entities/matcher.js";
import type { Corpus, Source } from "../model/types.js";
import type { ValueCluster } from "./cluster.js";
import type { Independence } from "./independence.js";
import type { ClaimGroup, FindingKind, ResolvedClaim, Severity } from "./types.js";

/** What a rule reports; the engine adds the rule id, fills the message and explains the claims. */
export interface ReportDescriptor {
  readonly kind: FindingKind;
  readonly messageId: string;
  readonly data?: Readonly<Record<string, string | number>>;
  /** Defaults: `warning` for a discrepancy, `info` otherwise. Configuration may override it. */
  readonly severity?: Severity;
  readonly subject: string | null;
  readonly predicate: string | null;
  /** Every claim the finding is about, in any order (the engine sorts them). */
  readonly claims: readonly ResolvedClaim[];
  /** For findings that compare values: the clusters (the engine counts their independent sources). */
  readonly clusters?: readonly ValueCluster[];
  readonly note?: string;
}

/** Compare two names (see `compareNames`). */
export type Compare = (a: string, b: string) => NameMatch;

/**
 * The read-only world a rule sees (textlint's small context): the corpus, the
 * claims with their values already resolved, the groups, cached clustering and
 * independence, entity matching, and `report`.
 */
export interface RuleContext<Options = unknown> {
  readonly id: string;
  readonly options: Options;
  readonly corpus: Corpus;
  /** Every claim, resolved, in corpus order. */
  readonly claims: readonly ResolvedClaim[];
  /** Claims grouped by subject and predicate, in the order subjects and predicates first appear. */
  readonly groups: readonly ClaimGroup[];
  source(id: string): Source | undefined;
  /** Clusters of agreeing values (cached per list of claims). */
  clusters(claims: readonly ResolvedClaim[]): readonly ValueCluster[];
  /** For predicates that change over time: the claims split where their `asOf` do not overlap. */
  slices(group: ClaimGroup): readonly (readonly ResolvedClaim[])[];
  /** How many independent sources stand behind some claims. */
  independence(claims: readonly ResolvedClaim[]): Independence;
  /** Identify a name against the corpus's entities (cached). */
  identify(name: string): EntityIdentity;
  compareNames: Compare;
  report(descriptor: ReportDescriptor): void;
}

