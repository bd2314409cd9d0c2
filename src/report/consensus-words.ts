import type { ConsensusEntry, Report, ReportSource } from "../engine/types.js";

/**
 * The words the text, Markdown and HTML reports use for consensus and source
 * trust: facts stay data in the report, and one module turns them into
 * English, so the three formats say the same thing. Every function takes a
 * `show` for corpus-derived parts (values, outlets, ids), which each format
 * makes safe in its own way.
 */

type Show = (text: string) => string;
const plain: Show = (text) => text;

/**
 * A probability to two decimals, as the engine rounds it; `?` for a number
 * that is not one (a hand-made report), so a format never prints `NaN`.
 *
 * @example
 * ```ts
 * probability(0.9399);   // "0.94"
 * ```
 */
export function probability(p: number): string {
  return Number.isFinite(p) ? Math.min(1, Math.max(0, p)).toFixed(2) : "?";
}

/**
 * A consensus value as one string: a list of names joined by `; `.
 *
 * @example
 * ```ts
 * consensusValue(["Donald E. Knuth", "Oren Patashnik"]);   // "Donald E. Knuth; Oren Patashnik"
 * ```
 */
export function consensusValue(value: ConsensusEntry["value"]): string {
  return Array.isArray(value) ? value.join("; ") : String(value);
}

/**
 * One consensus entry as a sentence, its value as findings word it (`label`)
 * when the entry has one. `entries` is how many the group has:
 * several without `asOf` are the values judged true of a `many` predicate;
 * an entry with `asOf` is one time slice ("As of 2023-09", "From 2023-03-01
 * to 2024-09-11").
 *
 * @example
 * ```ts
 * consensusLine({ value: "2023-03-19", confidence: 0.94, independentSources: 5, ... }, 1);
 * // "Most likely: 2023-03-19 (0.94), 5 independent sources"
 * ```
 */
export function consensusLine(entry: ConsensusEntry, entries: number, show: Show = plain): string {
  const lead = entry.asOf !== undefined ? `${when(entry.asOf, show)}, most likely` : entries > 1 ? "Judged true" : "Most likely";
  const n = entry.independentSources;
  return `${lead}: ${show(entry.label ?? consensusValue(entry.value))} (${probability(entry.confidence)}), ${n} independent source${n === 1 ? "" : "s"}`;
}

/** `As of 2023-09`, or `From 2023-03-01 to 2024-09-11` for a span (`start/end`). */
function when(asOf: string, show: Show): string {
  const [start, end] = asOf.split("/");
  return end === undefined ? `As of ${show(asOf)}` : `From ${show(start!)} to ${show(end)}`;
}

/** Whether any source's trust could be estimated. */
export function hasTrustEvidence(report: Report): boolean {
  return report.sources.some((s) => s.trust !== undefined);
}

/** What a report says, once, when it has no evidence for trust: rather than an empty bar for every source. */
export const NO_TRUST_EVIDENCE = "The corpus gives too little evidence to estimate how far its sources can be trusted.";

/** A source's trust in words: `trust 0.86`, or why there is none. */
export function trustWords(source: ReportSource): string {
  return source.trust === undefined ? "trust not estimated (not enough evidence)" : `trust ${probability(source.trust)}`;
}

/**
 * How to name sources in a report: by outlet, with the id when two sources
 * share an outlet, by id when the report does not list the source.
 *
 * @example
 * ```ts
 * sourceNames(report)("wire");   // "Global Wire"
 * ```
 */
export function sourceNames(report: Report): (id: string) => string {
  const outlets = new Map<string, number>();
  for (const s of report.sources) outlets.set(s.outlet, (outlets.get(s.outlet) ?? 0) + 1);
  const byId = new Map(report.sources.map((s) => [s.id, s]));
  return (id) => {
    const s = byId.get(id);
    if (!s) return id;
    return outlets.get(s.outlet)! > 1 ? `${s.outlet} (${s.id})` : s.outlet;
  };
}

/**
 * Who a source copies, in words: the copy it declares (`republishes`) and the
 * ones consensus found (`dependsOn`), most likely first.
 *
 * @example
 * ```ts
 * copiesWords(source, sourceNames(report));   // ["republishes wire", "appears to copy Global Wire (0.97)"]
 * ```
 */
export function copiesWords(source: ReportSource, name: (id: string) => string, show: Show = plain): string[] {
  const words: string[] = [];
  if (source.republishes !== undefined) words.push(`republishes ${show(source.republishes)}`);
  for (const d of source.dependsOn ?? []) words.push(`appears to copy ${show(name(d.source))} (${probability(d.probability)})`);
  return words;
}
