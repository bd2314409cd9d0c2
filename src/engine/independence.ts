import type { Source } from "../model/types.js";
import { mayBeSimilar, normalizeText, textSimilarity } from "../values/text-similarity.js";
import type { ResolvedClaim } from "./types.js";

/** Quotes at least this similar are one report copied, not two confirmations. */
export const NEAR_IDENTICAL_QUOTES = 0.9;
/**
 * Only quotes of at least this many words can betray copying: short ones ("UN
 * Secretary-General Ban Ki-moon") are alike because they name the same thing.
 */
export const MIN_COPIED_WORDS = 8;
/** Fuzzy quote comparison is quadratic; past this many distinct quotes only exact copies are merged. */
const FUZZY_QUOTE_LIMIT = 64;

/** Why two sources count once. */
export interface Dependence {
  readonly sources: readonly [string, string];
  readonly reason: string;
  /** For sources linked by their quotes: how alike the quotes are, and the two claims that carry them. */
  readonly quotes?: { readonly how: "identical" | "near-identical"; readonly claims: readonly [string, string] };
  /** For a copier consensus found (`sources` is `[copier, original]`): the probability that it copies. */
  readonly copying?: number;
}

/** How many independent sources stand behind some claims, and which pairs were counted once and why. */
export interface Independence {
  /** How many independent sources stand behind the claims. */
  readonly count: number;
  /** All source ids behind the claims, in corpus order. */
  readonly sources: readonly string[];
  /** The pairs that were counted once, and why. */
  readonly dependences: readonly Dependence[];
}

/**
 * Sets of ids joined pair by pair; each set is named by its lexically smallest
 * id, so the sets never depend on the order of the joins.
 *
 * @example
 * const sets = new UnionFind();
 * sets.union("b", "a");
 * sets.find("b"); // "a"
 * @internal
 */
export class UnionFind {
  readonly #parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.#parent.has(root) && this.#parent.get(root) !== root) root = this.#parent.get(root)!;
    this.#parent.set(x, root);
    return root;
  }
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    // The lexically smaller root wins, so results never depend on input order.
    if (ra < rb) this.#parent.set(rb, ra);
    else this.#parent.set(ra, rb);
    return true;
  }
}

/**
 * Which sources of a corpus republish one another (`republishes` names a source
 * id or an outlet). Computed once per corpus.
 */
/** Who republishes whom: corpus-level, computed once. */
interface RepublishGraph {
  readonly order: ReadonlyMap<string, number>;
  readonly republished: readonly Dependence[];
  readonly base: UnionFind;
  /** Copying that consensus found across the corpus: each copier's originals, the likeliest first. */
  readonly copying: ReadonlyMap<string, readonly Dependence[]>;
}

/** A pair of sources that consensus found copying one another, as its pass reports it. */
export interface CopyingPair {
  readonly copier: string;
  readonly original: string;
  readonly probability: number;
}

export class SourceIndependence {
  readonly #graph: RepublishGraph;
  /** Rules ask about the same clusters again and again; clusters are cached arrays, so their answers are too. */
  readonly #answers = new WeakMap<readonly ResolvedClaim[], Independence>();
  /** Normalised quotes, computed once per claim and only when a comparison needs them. */
  readonly #quotes = new WeakMap<ResolvedClaim, string | null>();

  constructor(sources: readonly Source[] | RepublishGraph) {
    this.#graph = Array.isArray(sources) ? republishGraph(sources as readonly Source[]) : (sources as RepublishGraph);
  }

  /** Who republishes whom, across the corpus: `[copier, original]` source ids. */
  republished(): readonly (readonly [string, string])[] {
    return this.#graph.republished.map((d) => d.sources);
  }

  /** The same republishing graph with empty caches (for the next batch of subjects). */
  fresh(): SourceIndependence {
    return new SourceIndependence(this.#graph);
  }

  /**
   * The same, with the copying consensus found across the corpus counted as
   * dependence too (empty caches): so the counts of independent sources that
   * findings give — a cluster's `independentSources`, a message's "(N
   * independent)", whether a value has a single source — count copiers once,
   * as consensus does, and say why ("b appears to copy a (consensus: 0.97)").
   * A copier counts once with one original — its likeliest among the claims
   * counted — so an aggregator that copies two sources does not make them one.
   */
  withCopying(pairs: readonly CopyingPair[]): SourceIndependence {
    const copying = new Map<string, Dependence[]>();
    for (const { copier, original, probability } of pairs) {
      if (copier === original || !this.#graph.order.has(copier) || !this.#graph.order.has(original)) continue;
      const d: Dependence = { sources: [copier, original], reason: `${copier} appears to copy ${original} (consensus: ${probability.toFixed(2)})`, copying: probability };
      const list = copying.get(copier);
      if (list) list.push(d);
      else copying.set(copier, [d]);
    }
    for (const list of copying.values()) list.sort((x, y) => y.copying! - x.copying! || (x.sources[1] < y.sources[1] ? -1 : 1));
    return new SourceIndependence({ ...this.#graph, copying });
  }

  /** Count the independent sources behind some claims: republished copies and near-identical quotes count once. */
  of(claims: readonly ResolvedClaim[]): Independence {
    let answer = this.#answers.get(claims);
    if (answer === undefined) {
      answer = this.#compute(claims);
      this.#answers.set(claims, answer);
    }
    return answer;
  }

  /** A claim's quote, normalised, or null when it is too short to betray copying. */
  #quote(c: ResolvedClaim): string | null {
    let q = this.#quotes.get(c);
    if (q === undefined) {
      const text = normalizeText(c.claim.quote);
      q = text.split(" ").length >= MIN_COPIED_WORDS ? text : null;
      this.#quotes.set(c, q);
    }
    return q;
  }

  #compute(claims: readonly ResolvedClaim[]): Independence {
    const { order, republished, base } = this.#graph;
    const ids = [...new Set(claims.map((c) => c.source.id))].sort((a, b) => order.get(a)! - order.get(b)!);
    if (ids.length <= 1) return { count: ids.length, sources: ids, dependences: [] };
    const uf = new UnionFind();
    const dependences: Dependence[] = [];
    for (const d of republished) {
      if (ids.includes(d.sources[0]) && ids.includes(d.sources[1]) && uf.union(...d.sources)) dependences.push(d);
    }
    // Keep transitive republishing chains together, and say so where two sources meet only through one
    // (both republish a story neither states here).
    const firstOfChain = new Map<string, string>();
    for (const id of ids) {
      const root = base.find(id);
      const first = firstOfChain.get(root);
      if (first === undefined) firstOfChain.set(root, id);
      else if (uf.find(first) !== uf.find(id)) dependences.push({ sources: [id, first], reason: `${id} and ${first} republish the same story` });
      uf.union(id, root);
    }
    if (this.#graph.copying.size > 0) {
      const present = new Set(ids);
      for (const id of ids) {
        // One original per copier, its likeliest here: copying is not transitive across a copier's originals.
        const d = this.#graph.copying.get(id)?.find((x) => present.has(x.sources[1]));
        if (d !== undefined && uf.union(d.sources[0], d.sources[1])) dependences.push(d);
      }
    }
    const quotes = new Map<string, ResolvedClaim[]>();
    for (const c of claims) {
      const q = this.#quote(c);
      if (q === null) continue;
      const same = quotes.get(q);
      if (same) same.push(c);
      else quotes.set(q, [c]);
    }
    const link = (a: ResolvedClaim, b: ResolvedClaim, how: "identical" | "near-identical") => {
      if (a.source.id !== b.source.id && uf.find(a.source.id) !== uf.find(b.source.id)) {
        uf.union(a.source.id, b.source.id);
        dependences.push({
          sources: [a.source.id, b.source.id],
          reason: `${a.source.id} and ${b.source.id} carry ${how} quotes (${a.claim.id}, ${b.claim.id})`,
          quotes: { how, claims: [a.claim.id, b.claim.id] },
        });
      }
    };
    for (const same of quotes.values()) for (const c of same.slice(1)) link(same[0]!, c, "identical");
    const distinct = [...quotes.entries()];
    if (distinct.length <= FUZZY_QUOTE_LIMIT) {
      for (let i = 0; i < distinct.length; i++) {
        for (let j = i + 1; j < distinct.length; j++) {
          const [a, b] = [distinct[i]![0], distinct[j]![0]];
          if (!mayBeSimilar(a, b, NEAR_IDENTICAL_QUOTES)) continue;
          if (textSimilarity(a, b) >= NEAR_IDENTICAL_QUOTES) {
            link(distinct[i]![1][0]!, distinct[j]![1][0]!, "near-identical");
          }
        }
      }
    }
    const roots = new Set(ids.map((id) => uf.find(id)));
    return { count: roots.size, sources: ids, dependences };
  }
}

function republishGraph(sources: readonly Source[]): RepublishGraph {
  const order = new Map<string, number>();
  const republished: Dependence[] = [];
  const base = new UnionFind();
  sources.forEach((s, i) => order.set(s.id, i));
  const byOutlet = new Map<string, string[]>();
  for (const s of sources) {
    const key = s.outlet.trim().toLowerCase();
    byOutlet.set(key, [...(byOutlet.get(key) ?? []), s.id]);
  }
  for (const s of sources) {
    if (s.republishes === undefined) continue;
    const target = s.republishes.trim();
    const originals = order.has(target) ? [target] : (byOutlet.get(target.toLowerCase()) ?? []);
    for (const original of originals) {
      if (original !== s.id && base.union(s.id, original)) {
        republished.push({ sources: [s.id, original], reason: `${s.id} republishes ${original}` });
      }
    }
  }
  return { order, republished, base, copying: new Map() };
}
