/**
 * The benchmark's measures, on plain data: accuracy against gold values, and
 * the three shares that judge a report against the gold normalisation
 * (formatting-only discrepancies, clusters that merge different values, false
 * single-source notes). Each returns counts, so a share is printed beside what
 * it is a share of.
 */
import { appendFileSync, writeFileSync } from "node:fs";
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
    readonly clusters?: readonly { readonly value?: unknown; readonly claims: readonly string[] }[];
  }[];
}

/** A finding the shares count against the report, with what is needed to read it. */
export interface OffendingCase {
  readonly measure: "formatting only" | "merges different values" | "false single source";
  readonly subject: string;
  readonly predicate: string;
  /** The clusters involved (for a merge, the one cluster), each claim as written with its gold reading. */
  readonly clusters: readonly { readonly value: unknown; readonly claims: readonly Pick<RawClaim, "source" | "written" | "key" | "otherKey">[] }[];
}

/** The three shares, each as counts. */
export interface Shares {
  /** Discrepancies whose claims all state the same value once normalised. */
  readonly formattingOnly: Tally;
  /** Clusters whose claims state values that differ once normalised. */
  readonly mergedClusters: Tally;
  /** Single-source notes where another source states the same normalised value. */
  readonly falseSingleSource: Tally;
  /** Every finding counted against the report in one of the shares. */
  readonly cases: readonly OffendingCase[];
}

/**
 * Judge a report against the gold normalisation of its claims. Claims the
 * normaliser cannot read (or that state no value, such as a terminal without a
 * gate) are left out of every judgement. Findings about predicates the
 * normaliser does not know are not judged.
 *
 * With `TRUTH_CASES=<file>` in the environment, the offending cases are also
 * written to that file, one block each (`describeCases`), to be read one by one.
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
  const attested = attestedNames(claims);
  const keysOf = (ids: readonly string[], item: string) => readings(ids.flatMap((id) => byId.get(id) ?? []), attested.get(item));
  const formattingOnly: Tally = { right: 0, total: 0 };
  const mergedClusters: Tally = { right: 0, total: 0 };
  const falseSingleSource: Tally = { right: 0, total: 0 };
  const cases: OffendingCase[] = [];
  const claimsOf = (ids: readonly string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  for (const f of report.findings) {
    if (f.subject === null || f.predicate === null || !f.claims.some((id) => byId.has(id))) continue;
    const predicate = f.predicate;
    if (f.kind === "discrepancy" && f.clusters !== undefined && f.clusters.length > 1) {
      formattingOnly.total++;
      const keys = keysOf(f.claims, itemKey(f.subject, predicate));
      // Formatting only: the very same value everywhere (an incomplete author list is a real difference here).
      if (keys.length > 0 && keys.every((k) => k === keys[0])) {
        formattingOnly.right++;
        cases.push({ measure: "formatting only", subject: f.subject, predicate, clusters: f.clusters.map((c) => ({ value: c.value, claims: claimsOf(c.claims) })) });
      }
    }
    for (const cluster of f.clusters ?? []) {
      const keys = keysOf(cluster.claims, itemKey(f.subject, predicate));
      if (keys.length === 0) continue;
      mergedClusters.total++;
      if (merges(predicate, keys)) {
        mergedClusters.right++;
        cases.push({ measure: "merges different values", subject: f.subject, predicate, clusters: [{ value: cluster.value, claims: claimsOf(cluster.claims) }] });
      }
    }
    if (f.rule === "single-source" && f.kind === "note") {
      falseSingleSource.total++;
      const own = f.claims.map((id) => byId.get(id)).filter((c): c is RawClaim => c !== undefined);
      const values = stated.get(itemKey(f.subject, predicate));
      const others = own.some((c) => c.key !== undefined && [...(values?.get(c.key) ?? [])].some((s) => !own.some((o) => o.source === s)));
      if (others) {
        falseSingleSource.right++;
        cases.push({ measure: "false single source", subject: f.subject, predicate, clusters: [{ value: undefined, claims: own }] });
      }
    }
  }
  const file = typeof process === "undefined" ? undefined : process.env.TRUTH_CASES;
  if (file) {
    if (!appendedTo.has(file)) writeFileSync(file, "");
    appendedTo.add(file);
    appendFileSync(file, describeCases(cases));
  }
  return { formattingOnly, mergedClusters, falseSingleSource, cases };
}

const appendedTo = new Set<string>();

/**
 * The offending cases as plain text: per case its measure and item, then per
 * cluster the value the report gave it and each claim as written beside its
 * gold reading (and its other reading, when the cell's order is in doubt).
 *
 * @example
 * describeCases([{ measure: "formatting only", subject: "isbn", predicate: "authors", clusters: [] }]); // "## formatting only: isbn authors\n\n"
 */
export function describeCases(cases: readonly OffendingCase[]): string {
  return cases
    .map((c) => {
      const lines = [`## ${c.measure}: ${c.subject} ${c.predicate}`];
      for (const cluster of c.clusters) {
        if (cluster.value !== undefined) lines.push(`  cluster ${JSON.stringify(cluster.value)}`);
        for (const claim of cluster.claims) {
          lines.push(`    ${claim.source}: ${JSON.stringify(claim.written)} → ${claim.key ?? "(unread)"}${claim.otherKey !== undefined ? ` (or ${claim.otherKey})` : ""}`);
        }
      }
      return `${lines.join("\n")}\n\n`;
    })
    .join("");
}

/**
 * The normalised values of some claims, each cell read as it most likely
 * means. A cell whose reading is in doubt (`otherKey`: names written
 * "Raskin Jef") is read against the `attested` last names (those the item's
 * cells not in doubt state, each with the number of cells stating it): each
 * name in doubt (`doubts`) takes its other reading when more cells state that
 * one than the usual one ("Markus Hofmann, Beaumont Lee" beside "Beaumont,
 * Leland": hofmann and beaumont); a
 * cell without `doubts` takes its other reading whole when that names fewer
 * people outside the attested names. Without attested names, the names of the
 * value most of the claims state stand in for them. Cells with no readable
 * value are left out.
 *
 * @example
 * readings([{ key: "raskin" }, { key: "raskin" }, { key: "jef", otherKey: "raskin" }]); // ["raskin", "raskin", "raskin"]
 * readings([{ key: "carrie|david", otherKey: "anderson|wendelken" }], new Map([["anderson", 2], ["wendelken", 1]])); // ["anderson|wendelken"]
 */
export function readings(claims: readonly Pick<RawClaim, "key" | "otherKey" | "doubts">[], attested?: ReadonlyMap<string, number>): string[] {
  const keys = claims.flatMap((c) => (c.key === undefined ? [] : [c]));
  if (!keys.some((c) => c.otherKey !== undefined)) return keys.map((c) => c.key!);
  let names = attested;
  if (names === undefined || names.size === 0) {
    const counts = new Map<string, number>();
    for (const c of keys) counts.set(c.key!, (counts.get(c.key!) ?? 0) + 1);
    const common = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    names = new Map(common.split("|").map((n) => [n, 1]));
  }
  const known = names;
  const unknown = (k: string) => k.split("|").filter((n) => !known.has(n)).length;
  const cells = (name: string) => known.get(name) ?? 0;
  return keys.map((c) => {
    if (c.otherKey === undefined) return c.key!;
    if (c.doubts === undefined || c.doubts.length === 0) return unknown(c.otherKey) < unknown(c.key!) ? c.otherKey : c.key!;
    const read = new Set(c.key!.split("|"));
    for (const d of c.doubts) {
      if (cells(d.other) <= cells(d.usual)) continue;
      read.delete(d.usual);
      read.add(d.other);
    }
    return [...read].sort().join("|");
  });
}

/** Per item, the last names its cells not in doubt state, each with the number of such cells: what a cell in doubt is read against. */
export function attestedNames(claims: readonly RawClaim[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const c of claims) {
    if (c.key === undefined || c.otherKey !== undefined) continue;
    const item = itemKey(c.subject, c.predicate);
    let names = out.get(item);
    if (!names) out.set(item, (names = new Map()));
    for (const n of c.key.split("|")) names.set(n, (names.get(n) ?? 0) + 1);
  }
  return out;
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
