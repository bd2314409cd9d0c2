/**
 * The abstract problem consensus solves and the solution it gives: sources,
 * items (one group of claims each: a subject's predicate, per time slice), the
 * candidate values of each item and who states which. The engine builds the
 * problem from its groups and clusters; nothing here knows about corpora,
 * value types or wording.
 */

/** Who states which value of an item. */
export interface TruthClaim {
  readonly source: number;
  readonly value: number;
  /**
   * How the source worded it: claims of one item with equal `form` state
   * their value in the very same words (a copied quote, a time in one feed's
   * layout). Copiers keep the wording of what they copy, independent sources
   * seldom share it: a value shared in a rare wording is strong evidence of
   * copying, one shared in other words is evidence against. Absent: not known.
   */
  readonly form?: number;
}

/** One group of claims: a subject's predicate (per time slice for predicates that change over time). */
export interface TruthItem {
  /** Candidate values 0 … valueCount − 1 (the clusters of agreeing claims of one group). */
  readonly valueCount: number;
  /**
   * Who states which value. A source states at most one value of a
   * single-valued item; if it states several, its vote is split evenly among
   * them (two snapshots of one page that disagree).
   */
  readonly claims: readonly TruthClaim[];
  /**
   * `support[v * valueCount + w]`: how much a claim of `v` lends weight to `w`
   * being true (0–1; the diagonal is taken as 1); absent: none across values.
   */
  readonly support?: Float64Array;
  /**
   * Several values can all be true (`cardinality: "many"`, signatories): each
   * value is judged on its own, and a source may state several.
   */
  readonly many?: boolean;
}

/** A pair of sources known to depend on one another: a source that republishes another, copied quotes. */
export interface KnownDependence {
  readonly copier: number;
  readonly original: number;
}

/** What {@link discoverTruth} works on. */
export interface TruthProblem {
  /** Sources are numbered 0 … sourceCount − 1. */
  readonly sourceCount: number;
  readonly items: readonly TruthItem[];
  /** Pairs known to depend on one another (a source that republishes another; copied quotes): counted once. */
  readonly knownDependences?: readonly KnownDependence[];
}

/** How far a source is trusted, and on what evidence. */
export interface SourceTrust {
  /**
   * The estimated share of its values that are true (0–1), drawn towards the
   * prior in proportion to how little evidence there is.
   */
  readonly trust: number;
  /** Whether {@link SourceTrust.evidence} is enough to report the trust at all. */
  readonly estimated: boolean;
  /** Items where another source, not a copy of this one, states a value too: what the trust is learned from. */
  readonly evidence: number;
  /** Items the source states a value of. */
  readonly items: number;
}

/** A source that appears to copy another. */
export interface SourceDependence {
  /** The likelier copier (when the evidence cannot tell, as between exact copies, the source with fewer items). */
  readonly copier: number;
  readonly original: number;
  /** The probability that one of the two copies the other (0–1). */
  readonly probability: number;
  /** Items both state a value of. */
  readonly shared: number;
  /** Values they share, weighted by the probability that they are false: the strongest sign of copying. */
  readonly sharedFalse: number;
  /** Given in the problem (`knownDependences`) rather than detected. */
  readonly known: boolean;
}

/** A claim counted less than once because its source appears to copy another that states the same value. */
export interface DiscountedClaim {
  readonly source: number;
  readonly value: number;
  /** How much the claim counts, 0–1 (a clique of k perfect copies counts 1/k each). */
  readonly weight: number;
  /** The source stating the same value that it most depends on. */
  readonly copyOf: number;
}

/** What consensus concludes about one item. */
export interface ItemTruth {
  /**
   * The probability that each value is true. For a single-valued item they sum
   * to at most 1 (the rest is the chance that no stated value is true).
   */
  readonly probabilities: Float64Array;
  /** The most likely value, or −1 for an item without claims. Ties go to the lower value number (and set `tied`). */
  readonly best: number;
  /**
   * Whether another value is exactly as likely as `best` (one source against
   * one, with nothing else to tell them apart): the evidence names no most
   * likely value, and `best` is only the lower value number.
   */
  readonly tied: boolean;
  /** `probabilities[best]`, or 0 without claims. */
  readonly confidence: number;
  /**
   * For each value, how many independent groups state it: sources linked by a
   * dependence of at least the report threshold count once.
   */
  readonly independent: Int32Array;
  /** Claims counted less than once, in claim order. */
  readonly discounted: readonly DiscountedClaim[];
}

/** What {@link discoverTruth} returns. */
export interface TruthSolution {
  /** Per source, by number. */
  readonly sources: readonly SourceTrust[];
  /** Per item, in problem order. */
  readonly items: readonly ItemTruth[];
  /** Pairs whose dependence reaches the report threshold, most likely first. */
  readonly dependences: readonly SourceDependence[];
  readonly iterations: number;
  /** Whether trust and dependences stopped changing before the iteration limit. */
  readonly converged: boolean;
}

/** Settings of {@link discoverTruth}; each default is the design's, for the reason given beside it. */
export interface TruthOptions {
  /** The trust of a source before any evidence (default 0.7): what a lone source's value is believed at. */
  readonly priorTrust?: number;
  /** How many items' worth of evidence the prior counts for (default 2). */
  readonly priorWeight?: number;
  /** How many wrong values a wrong source picks among, at least (default 3). */
  readonly falseValues?: number;
  /** How often a copier copies rather than states its own value (default 0.8): each difference between two sources weighs ln(1 − copyRate) against copying. */
  readonly copyRate?: number;
  /** How often a copier keeps the wording of what it copies, where claims carry a `form` (default 0.8). */
  readonly formKept?: number;
  /** The prior probability that two sources depend on one another (default 0.1). */
  readonly copyPrior?: number;
  /** Items two sources must share before dependence between them is considered (default 4). */
  readonly minShared?: number;
  /**
   * Items checked against another source, not a copy, before a trust is
   * reported (default 10): on five, an estimate printed to two decimals could
   * be off by more than a tenth either way, and a corpus of a few articles
   * would seem to know how far to trust each of them.
   */
  readonly minEvidence?: number;
  /**
   * The chance that every source of an item repeats one upstream error (default
   * 0.02): no count of agreeing sources rules it out, so a reported
   * probability never exceeds 1 − sharedError (0.98). The iterations weigh
   * sources against one another without it; only what the solution reports
   * allows for it. On the real Flight and Book data, values believed at 0.98
   * or more were right 98–99% of the time.
   */
  readonly sharedError?: number;
  /** Dependences at least this likely are reported and count sources once (default 0.5). */
  readonly reportDependence?: number;
  /** Sources per item considered for copy detection, most prolific first (default 64): bounds the pairwise cost. */
  readonly maxPairSources?: number;
  /** A bound on the iterations (default 50): they converge in 7–22 on the real and synthetic data measured; a solution says whether they did. */
  readonly maxIterations?: number;
  /**
   * Stop when no trust or dependence moves more than this (default 1e-4):
   * reports print them to two decimals, and on a corpus of a thousand sources
   * with a few items each the last digits of a tighter tolerance took as many
   * iterations again as everything before them.
   */
  readonly tolerance?: number;
}
