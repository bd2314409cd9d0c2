/**
 * Partitions: a corpus split by subject, so that a check can run on several
 * threads or machines and its report be merged byte for byte the same as the
 * report of the whole. Claims about one subject always share a partition:
 * every rule compares claims within one subject's groups, and consensus
 * needs, across partitions, only sums per source and per pair of sources.
 *
 * What a partition cannot know alone — where each claim stands in the whole
 * corpus, where each predicate first appears — it carries (`positions`) or
 * learns from the {@link Census}, a few numbers per predicate that the
 * partitions' own censuses combine into.
 */
import type { Corpus } from "../model/types.js";

/**
 * A share of a corpus: every source, entity and predicate of the whole, the
 * claims of some subjects (all of each one's claims), and where each of those
 * claims stands in the whole corpus. Plain data: a distributed engine can
 * build one from records keyed by subject that carry their sequence number.
 */
export interface CorpusPartition {
  /** The sources, entities and predicates of the whole corpus, with this partition's claims in corpus order. */
  readonly corpus: Corpus;
  /** `positions[i]`: where `corpus.claims[i]` stands in the whole corpus (0-based, increasing). */
  readonly positions: readonly number[];
}

/**
 * What one partition tells the others before anything is checked; the
 * censuses of all partitions, combined by {@link combineCensus}, give each
 * partition what it needs to take its place in the whole report.
 */
export interface Census {
  /** Claims counted. */
  readonly claims: number;
  /** Where each predicate's first claim stands in the whole corpus: findings and consensus are ordered by it. */
  readonly predicates: Readonly<Record<string, number>>;
}

/**
 * A subject's partition among `count`: FNV-1a of its UTF-16 code units,
 * modulo `count` — the same on every machine and in every language that
 * hashes the same way, so a pipeline can key its records by it.
 *
 * @example
 * ```ts
 * subjectPartition("paris-agreement", 4); // 0 … 3, always the same
 * ```
 */
export function subjectPartition(subject: string, count: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < subject.length; i++) {
    hash ^= subject.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

/**
 * Split a corpus into `count` partitions by subject. Every partition keeps
 * all sources, entities and predicates; each claim goes where its subject
 * does (`assign`, by default {@link subjectPartition}). Some partitions may
 * hold no claims. A programmer's error (a count below 1, an `assign` that
 * answers outside 0 … count − 1) throws a `RangeError`.
 *
 * @example
 * ```ts
 * const parts = partitionCorpus(corpus, 4);
 * parts.reduce((n, p) => n + p.corpus.claims.length, 0) === corpus.claims.length; // true
 * ```
 */
export function partitionCorpus(corpus: Corpus, count: number, assign: (subject: string, count: number) => number = subjectPartition): CorpusPartition[] {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`a corpus is split into 1 or more partitions, not ${count}`);
  const claims: Corpus["claims"][number][][] = Array.from({ length: count }, () => []);
  const positions: number[][] = Array.from({ length: count }, () => []);
  const bySubject = new Map<string, number>();
  corpus.claims.forEach((claim, position) => {
    let p = bySubject.get(claim.subject);
    if (p === undefined) {
      p = assign(claim.subject, count);
      if (!Number.isInteger(p) || p < 0 || p >= count) throw new RangeError(`subject "${claim.subject}" was assigned to partition ${p}, not one of 0 … ${count - 1}`);
      bySubject.set(claim.subject, p);
    }
    claims[p]!.push(claim);
    positions[p]!.push(position);
  });
  return claims.map((list, p) => Object.freeze({ corpus: Object.freeze({ ...corpus, claims: Object.freeze(list) }), positions: Object.freeze(positions[p]!) }));
}

/**
 * The whole corpus as one partition: what `check` runs on.
 *
 * @example
 * ```ts
 * wholeCorpus(corpus).positions[3]; // 3
 * ```
 */
export function wholeCorpus(corpus: Corpus): CorpusPartition {
  return { corpus, positions: Array.from(corpus.claims, (_, i) => i) };
}

/**
 * A partition's positions, checked: one per claim, whole numbers, increasing.
 * A mismatch is the caller's bug, not bad data, and throws.
 */
export function checkPositions(partition: CorpusPartition): void {
  const { positions, corpus } = partition;
  if (positions.length !== corpus.claims.length) throw new RangeError(`a partition has ${corpus.claims.length} claims but ${positions.length} positions`);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    if (!Number.isInteger(p) || p < 0 || (i > 0 && p <= positions[i - 1]!)) throw new RangeError(`a partition's positions are increasing whole numbers; position ${i} is ${p}`);
  }
}

/**
 * The censuses of every partition as one: counts added, first positions
 * taken at their smallest. Order-free, so a distributed engine can combine
 * them in any order or tree.
 *
 * @example
 * ```ts
 * combineCensus(prepared.map((p) => p.census)).claims; // the whole corpus's claims
 * ```
 */
export function combineCensus(censuses: readonly Census[]): Census {
  let claims = 0;
  const predicates: Record<string, number> = Object.create(null);
  for (const census of censuses) {
    claims += census.claims;
    for (const [name, first] of Object.entries(census.predicates)) {
      const known = predicates[name];
      if (known === undefined || first < known) predicates[name] = first;
    }
  }
  return Object.freeze({ claims, predicates: Object.freeze(predicates) });
}
