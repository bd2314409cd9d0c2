/**
 * The benchmark's measures, on plain data: accuracy against gold values, and
 * the three shares that judge a report against the gold normalisation
 * (formatting-only discrepancies, clusters that merge different values, false
 * single-source notes). Each returns counts, so a share is printed beside what
 * it is a share of.
 */
import type { Gold, RawClaim } from "./claims.js";
import { itemKey } from "./claims.js";

/** Right answers out of gold values. */
export interface Tally {
  right: number;
  total: number;
}

/** `right / total` as a percentage with one decimal, or "–" of nothing. */
export function percent(t: Tally): string {
  return t.total === 0 ? "–" : `${((100 * t.right) / t.total).toFixed(1)}%`;
}

/**
 * Accuracy per predicate and overall: of the gold values whose item has at
 * least one readable claim (nothing can be chosen for the others), how many
 * `answer` gets right. `answer` gives the normalised key chosen for an item.
 *
 * @example
 * accuracy(gold, new Set(["s\0p"]), (item) => chosen.get(item)).get("overall"); // { right, total }
 */
export function accuracy(gold: Gold, answerable: ReadonlySet<string>, answer: (item: string) => string | undefined): Map<string, Tally> {
  const tallies = new Map<string, Tally>([["overall", { right: 0, total: 0 }]]);
  for (const [item, value] of gold.values) {
    if (!answerable.has(item)) continue;
    const predicate = item.slice(item.indexOf("\u0000") + 1);
    if (!tallies.has(predicate)) tallies.set(predicate, { right: 0, total: 0 });
    const right = answer(item) === value ? 1 : 0;
    for (const t of [tallies.get(predicate)!, tallies.get("overall")!]) {
      t.total++;
      t.right += right;
    }
  }
  return tallies;
}

/**
 * Whether the values of one cluster differ: for author lists, unless one of
 * them names everyone the others name (incomplete lists of the same authors
 * belong together); for anything else, unless they are all the same.
 *
 * @example
 * merges("authors", ["dean", "allen", "allen|aloimonos|dean"]); // false
 * merges("authors", ["knuth", "fuller"]);                        // true
 */
export function merges(predicate: string, keys: readonly string[]): boolean {
  if (predicate !== "authors") return keys.some((k) => k !== keys[0]);
  const union = new Set(keys.flatMap((k) => k.split("|")));
  return !keys.some((k) => k.split("|").length === union.size);
}

/** The part of a report the shares read (CONTRACT.md §2): findings with their claims and clusters. */
export interface ReportLike {
  readonly findings: readonly {
    readonly rule: string;
    readonly kind: string;
    readonly subject: string | null;
    readonly predicate: string | null;
    readonly claims: readonly string[];
    readonly clusters?: readonly { readonly claims: readonly string[] }[];
  }[];
}

/** The three shares, each as counts. */
export interface Shares {
  /** Discrepancies whose claims all state the same value once normalised. */
  readonly formattingOnly: Tally;
  /** Clusters whose claims state values that differ once normalised. */
  readonly mergedClusters: Tally;
  /** Single-source notes where another source states the same normalised value. */
  readonly falseSingleSource: Tally;
}

/**
 * Judge a report against the gold normalisation of its claims. Claims the
 * normaliser cannot read (or that state no value, such as a terminal without a
 * gate) are left out of every judgement. Findings about predicates the
 * normaliser does not know are not judged.
 */
export function shares(report: ReportLike, claims: readonly RawClaim[]): Shares {
  const byId = new Map(claims.map((c) => [c.id, c]));
  // Who states which normalised value, per item: for the single-source check.
  const stated = new Map<string, Map<string, Set<string>>>();
  for (const c of claims) {
    if (c.key === undefined) continue;
    const item = itemKey(c.subject, c.predicate);
    let values = stated.get(item);
    if (!values) stated.set(item, (values = new Map()));
    let sources = values.get(c.key);
    if (!sources) values.set(c.key, (sources = new Set()));
    sources.add(c.source);
  }
  const keysOf = (ids: readonly string[]) => readings(ids.flatMap((id) => byId.get(id) ?? []));
  const formattingOnly: Tally = { right: 0, total: 0 };
  const mergedClusters: Tally = { right: 0, total: 0 };
  const falseSingleSource: Tally = { right: 0, total: 0 };
  for (const f of report.findings) {
    if (f.subject === null || f.predicate === null || !f.claims.some((id) => byId.has(id))) continue;
    const predicate = f.predicate;
    if (f.kind === "discrepancy" && f.clusters !== undefined && f.clusters.length > 1) {
      formattingOnly.total++;
      const keys = keysOf(f.claims);
      // Formatting only: the very same value everywhere (an incomplete author list is a real difference here).
      if (keys.length > 0 && keys.every((k) => k === keys[0])) formattingOnly.right++;
    }
    for (const cluster of f.clusters ?? []) {
      const keys = keysOf(cluster.claims);
      if (keys.length === 0) continue;
      mergedClusters.total++;
      if (merges(predicate, keys)) mergedClusters.right++;
    }
    if (f.rule === "single-source" && f.kind === "note") {
      falseSingleSource.total++;
      const own = f.claims.map((id) => byId.get(id)).filter((c): c is RawClaim => c !== undefined);
      const values = stated.get(itemKey(f.subject, predicate));
      const others = own.some((c) => c.key !== undefined && [...(values?.get(c.key) ?? [])].some((s) => !own.some((o) => o.source === s)));
      if (others) falseSingleSource.right++;
    }
  }
  return { formattingOnly, mergedClusters, falseSingleSource };
}

/**
 * The normalised values of some claims, each cell read as it most likely
 * means: a cell whose reading is in doubt (`otherKey`: names written
 * "Raskin Jef") takes its other reading when that one, and not the usual one,
 * agrees with the value most of the claims state. Cells with no readable value
 * are left out.
 *
 * @example
 * readings([{ key: "raskin" }, { key: "raskin" }, { key: "jef", otherKey: "raskin" }]); // ["raskin", "raskin", "raskin"]
 */
export function readings(claims: readonly Pick<RawClaim, "key" | "otherKey">[]): string[] {
  const keys = claims.flatMap((c) => (c.key === undefined ? [] : [c]));
  if (!keys.some((c) => c.otherKey !== undefined)) return keys.map((c) => c.key!);
  const counts = new Map<string, number>();
  for (const c of keys) counts.set(c.key!, (counts.get(c.key!) ?? 0) + 1);
  const common = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
  const names = new Set(common.split("|"));
  const fits = (k: string) => k.split("|").every((n) => names.has(n));
  return keys.map((c) => (c.otherKey !== undefined && !fits(c.key!) && fits(c.otherKey) ? c.otherKey : c.key!));
}

/** One consensus entry of a report, as far as accuracy needs it. */
export interface ConsensusLike {
  readonly subject: string;
  readonly predicate: string;
  readonly value: string | number | readonly string[];
}

/**
 * The report's consensus values, gold-normalised, by item: what accuracy
 * judges. `normalise` reads one value of one predicate (`undefined` when it
 * cannot).
 */
export function consensusAnswers(
  consensus: Iterable<ConsensusLike>,
  normalise: (predicate: string, subject: string, value: string | number | readonly string[]) => string | undefined,
): Map<string, string> {
  const answers = new Map<string, string>();
  for (const entry of consensus) {
    const key = normalise(entry.predicate, entry.subject, entry.value);
    if (key !== undefined) answers.set(itemKey(entry.subject, entry.predicate), key);
  }
  return answers;
}
