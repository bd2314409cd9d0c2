/**
 * The fact-checkers' exchange format: schema.org ClaimReview JSON-LD, the
 * markup search engines and fact-check archives read. Each draft reviews one
 * value a discrepancy or a single-source note is about: the claim as a
 * sentence, where it appeared (each source stating it, with its outlet and
 * date), a suggested rating, and the finding's message as the review's body.
 *
 * They are DRAFTS, marked `"creativeWorkStatus": "Draft"`, for an editor to
 * check, rewrite and complete: a rating is a suggestion derived from how many
 * independent sources agree and what consensus estimated, never a verdict,
 * and nothing here should be published unattended.
 */
import type { Cluster, ConsensusEntry, Evidence, Finding, Report, ReportSource } from "../engine/types.js";
import { parsePartialDate, type DateInterval } from "../time/partial-date.js";

/** Who will publish the reviews, and where. */
export interface ClaimReviewOptions {
  /** The publishing organisation: each review's `author`. */
  readonly author: { readonly name: string; readonly url?: string };
  /** The page the reviews will be published on (absolute http(s), no `#fragment`); each draft's `url` is this page with its own anchor. */
  readonly url: string;
  /**
   * The reviews' publication date, ISO 8601 (`2024-11-12`, or with a time).
   * Left out, the drafts have none and the editor adds it when publishing:
   * it is never taken from the clock.
   */
  readonly datePublished?: string;
}

/** schema.org `Organization`. */
export interface OrganizationLd {
  readonly "@type": "Organization";
  readonly name: string;
  readonly url?: string;
}

/** schema.org `Person`. */
export interface PersonLd {
  readonly "@type": "Person";
  readonly name: string;
}

/** schema.org `CreativeWork`: one source's article, where a claim appeared. */
export interface CreativeWorkLd {
  readonly "@type": "CreativeWork";
  readonly name?: string;
  readonly url?: string;
  readonly datePublished?: string;
  readonly author?: PersonLd;
  readonly publisher: OrganizationLd;
}

/** schema.org `Claim`: what was said, and where. */
export interface ClaimLd {
  readonly "@type": "Claim";
  readonly appearance: readonly CreativeWorkLd[];
  readonly firstAppearance?: CreativeWorkLd;
}

/** schema.org `Rating`, on a 1–5 scale (see {@link claimReviewDrafts} for what each step means). */
export interface RatingLd {
  readonly "@type": "Rating";
  readonly ratingValue: 1 | 2 | 3 | 4 | 5;
  readonly bestRating: 5;
  readonly worstRating: 1;
  readonly alternateName: string;
  readonly ratingExplanation: string;
}

/** One schema.org `ClaimReview`, as a draft. */
export interface ClaimReviewDraft {
  readonly "@context": "https://schema.org";
  readonly "@type": "ClaimReview";
  readonly creativeWorkStatus: "Draft";
  readonly url: string;
  readonly datePublished?: string;
  readonly author: OrganizationLd;
  readonly claimReviewed: string;
  readonly itemReviewed: ClaimLd;
  readonly reviewRating: RatingLd;
  readonly reviewBody: string;
}

/**
 * ClaimReview drafts for a report's discrepancies (one per conflicting value)
 * and single-source notes (one per value only one independent source states),
 * in report order. A pure function of the report and the options: the same
 * report gives the same drafts.
 *
 * `claimReviewed` words the value as findings word it. A name that resolved to
 * a declared entity is written as a name, never as the entity's id: the name
 * the finding itself gives (a single-source note's `data.value`), else the
 * consensus entry's `label` when consensus names this value, else the name
 * the value's claims write most often (`claims[id].written`; among equals, the
 * first in corpus order). A span of days reads as the date rules word it
 * (`2023-08-27 to 2023-09-24`); other values read as they resolved
 * (`2016-04-22`, `175`). When all the value's claims lie in one time slice (a
 * predicate that changes over time: the consensus entry holding them, else the
 * `asOf` they share), the sentence says when, and the draft's anchor ends with
 * it: `The president of cop21 is Laurent Fabius as of 2015-12-12.`, `… from
 * 2015-11-30 to 2015-12-12.`; two notes of one value at two times differ.
 *
 * The rating is a suggestion, on a 1–5 scale (`bestRating` 5). The checks run
 * in this order, the first that holds giving the rating:
 *
 * | rating | alternateName | when |
 * |---|---|---|
 * | 1 | Contradicted by other sources | consensus names another value with confidence ≥ 0.5 |
 * | 2 | Disputed: sources disagree | sources disagree (a discrepancy) and consensus names no value with confidence ≥ 0.5 |
 * | 3 | Unverified: single source | only one independent source states it, however confident consensus is |
 * | 4 | Probably true (0.62) | consensus names this value with confidence ≥ 0.5 and below 0.8 |
 * | 5 | Most likely true (0.94) | consensus names this value with confidence ≥ 0.8 |
 *
 * Independent sources are counted as the cluster counts them, or as the
 * consensus entry does when it names this value from the same claims and
 * counts fewer (it also counts once sources it finds copying one another). A
 * value that meets none of the rows (no consensus entry, not a discrepancy,
 * several independent sources: no built-in rule gives such a draft) is rated 3.
 *
 * `ratingExplanation` says which sources state the value, how many of them are
 * independent, and what consensus estimated. Throws a `TypeError` naming every
 * problem when the options are incomplete (a programmer error).
 *
 * @example
 * ```ts
 * const drafts = claimReviewDrafts(check(corpus), { author: { name: "Fact Desk" }, url: "https://factdesk.example/checks/paris" });
 * drafts[0].reviewRating.alternateName; // "Disputed: sources disagree"
 * ```
 */
export function claimReviewDrafts(report: Report, options: ClaimReviewOptions): ClaimReviewDraft[] {
  checkOptions(options);
  const sources = new Map(report.sources.map((s) => [s.id, s]));
  const consensus = report.consensus ?? [];
  const anchors = new Map<string, number>();
  const drafts: ClaimReviewDraft[] = [];
  // A value a discrepancy already reviews (the same claims of the same subject and predicate) gets no second draft from a note about it.
  const inDiscrepancy = new Set<string>();
  const claimsKey = (f: Finding, c: { readonly claims: readonly string[] }) => `${f.subject}\u0000${f.predicate}\u0000${[...c.claims].sort().join("\u0000")}`;
  for (const f of report.findings) if (reviewable(f) && f.kind === "discrepancy") for (const c of f.clusters ?? []) inDiscrepancy.add(claimsKey(f, c));
  const evidenceOf = (ids: readonly string[]) => ids.flatMap((id) => (Object.prototype.hasOwnProperty.call(report.claims, id) ? [report.claims[id]!] : []));
  // Each reviewable finding's clusters, read once: their consensus entries, evidence, labels, times, and the statement
  // each makes (subject, predicate, value, label, time — not the anchor, a slug in which -3 and 3 look alike).
  const reviews = report.findings.filter(reviewable).map((finding) => {
    const clusters = finding.clusters ?? [];
    const entries = clusters.map((c) => consensusFor(consensus, finding, c));
    const evidence = clusters.map((c) => evidenceOf(c.claims));
    const labels = clusters.map((c, i) => labelOf(finding, c, entries[i], evidence[i]!));
    const times = clusters.map((c, i) => timeOf(c, entries[i], evidence[i]!));
    const statements = clusters.map((c, i) => JSON.stringify([finding.subject, finding.predicate, c.value, labels[i], times[i] ?? null]));
    // A value a discrepancy already reviews gets no second draft from a note about it.
    const reviewed = clusters.map((c) => finding.kind === "discrepancy" || !inDiscrepancy.has(claimsKey(finding, c)));
    return { finding, clusters, entries, evidence, labels, times, statements, reviewed };
  });
  // One draft per statement: where two findings review the same one (a weekday slip in one claim of a date the
  // sources agree on), the draft with the most claims behind it stands.
  const strongest = new Map<string, Cluster>();
  for (const r of reviews) {
    r.clusters.forEach((cluster, i) => {
      if (!r.reviewed[i]) return;
      const held = strongest.get(r.statements[i]!);
      if (held === undefined || cluster.claims.length > held.claims.length) strongest.set(r.statements[i]!, cluster);
    });
  }
  for (const { finding, clusters, entries, evidence: evidences, labels, times, statements, reviewed } of reviews) {
    for (const [i, cluster] of clusters.entries()) {
      if (!reviewed[i] || strongest.get(statements[i]!) !== cluster) continue;
      const evidence = evidences[i]!;
      const appearances = appearancesOf(evidence, sources);
      if (appearances.length === 0) continue;
      const entry = entries[i];
      const time = times[i];
      const base = anchorOf(finding.subject!, finding.predicate!, cluster.value, time);
      const n = (anchors.get(base) ?? 0) + 1;
      anchors.set(base, n);
      const first = firstAppearance(appearances);
      const words: Wording = { labels, estimate: entry === undefined ? "" : estimateOf(entry, clusters, labels, evidenceOf(entry.claims)) };
      drafts.push({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        creativeWorkStatus: "Draft",
        url: `${options.url}#${n === 1 ? base : `${base}-${n}`}`,
        ...(options.datePublished !== undefined && { datePublished: options.datePublished }),
        author: organization(options.author.name, options.author.url),
        claimReviewed: `The ${finding.predicate} of ${finding.subject} is ${labels[i]!}${time === undefined ? "" : ` ${whenText(time)}`}${attribution(finding)}.`,
        itemReviewed: { "@type": "Claim", appearance: appearances.map((a) => a.work), ...(first && { firstAppearance: first }) },
        reviewRating: rating(finding, cluster, entry, evidence, words),
        reviewBody: finding.message,
      });
    }
  }
  return drafts;
}

/**
 * {@link claimReviewDrafts} as JSON text: an array of ClaimReview objects, each
 * complete with its `@context`, ready for an editor to check and paste into a
 * page's `<script type="application/ld+json">`, one per review. Drafts for an
 * editor to complete, never a verdict to publish unattended.
 *
 * @example
 * ```ts
 * writeFileSync("reviews.jsonld", formatClaimReview(report, { author: { name: "Fact Desk", url: "https://factdesk.example" }, url: "https://factdesk.example/checks/paris" }));
 * ```
 */
export function formatClaimReview(report: Report, options: ClaimReviewOptions): string {
  return `${JSON.stringify(claimReviewDrafts(report, options), null, 2)}\n`;
}

/** Discrepancies and single-source notes about a subject's predicate (attributed or not): the findings a fact-checker reviews. */
function reviewable(f: Finding): boolean {
  if (f.subject === null || f.predicate === null) return false;
  return f.kind === "discrepancy" || (f.rule === "single-source" && (f.messageId === "single" || f.messageId === "singleAttributed"));
}

/** Who a single source attributes the value to, for the sentence reviewed (", according to a UN official"). */
function attribution(f: Finding): string {
  const who = f.rule === "single-source" && f.messageId === "singleAttributed" ? f.data["attributedTo"] : undefined;
  return typeof who === "string" && who.trim() !== "" ? `, according to ${who}` : "";
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function checkOptions(options: ClaimReviewOptions): void {
  const problems: string[] = [];
  const author = (options as Partial<ClaimReviewOptions> | undefined)?.author;
  if (typeof author?.name !== "string" || author.name.trim() === "") problems.push("author.name (the publishing organisation) is required");
  if (author?.url !== undefined && !isWebUrl(author.url, true)) problems.push("author.url must be an absolute http(s) URL");
  const url: unknown = (options as Partial<ClaimReviewOptions> | undefined)?.url;
  if (typeof url !== "string" || !isWebUrl(url, false)) problems.push("url (the page the reviews will be published on) must be an absolute http(s) URL without a #fragment");
  const date: unknown = options?.datePublished;
  if (date !== undefined && (typeof date !== "string" || !ISO_DATE_TIME.test(date) || !parsePartialDate(date.slice(0, 10)).ok)) {
    problems.push("datePublished must be an ISO 8601 date (YYYY-MM-DD), optionally with a time");
  }
  if (problems.length > 0) throw new TypeError(`formatClaimReview: ${problems.join("; ")}`);
}

function isWebUrl(text: string, fragmentAllowed: boolean): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && (fragmentAllowed || url.hash === "");
  } catch {
    return false;
  }
}

function organization(name: string, url?: string): OrganizationLd {
  return { "@type": "Organization", name, ...(url !== undefined && { url }) };
}

interface Appearance {
  readonly work: CreativeWorkLd;
  readonly publishedAt: string | null;
}

/** One creative work per source that states the value, in the order of their first claim. */
function appearancesOf(evidence: readonly Evidence[], sources: ReadonlyMap<string, ReportSource>): Appearance[] {
  const seen = new Set<string>();
  const out: Appearance[] = [];
  for (const e of evidence) {
    if (seen.has(e.source)) continue;
    seen.add(e.source);
    const s = sources.get(e.source);
    const publishedAt = s !== undefined ? s.publishedAt : e.publishedAt;
    out.push({
      publishedAt,
      work: {
        "@type": "CreativeWork",
        ...(s?.title !== undefined && { name: s.title }),
        ...(s?.url !== undefined && { url: s.url }),
        ...(publishedAt !== null && { datePublished: publishedAt }),
        ...(s?.author !== undefined && { author: { "@type": "Person", name: s.author } }),
        publisher: organization(s?.outlet ?? e.outlet),
      },
    });
  }
  return out;
}

/**
 * The appearance known to be first: the only one, or one whose publication date
 * ends before every other begins. Dates of different precision ("2016" and
 * "2016-04-22") or an unknown date leave the order open, and then none is
 * named first rather than a guess.
 */
function firstAppearance(appearances: readonly Appearance[]): CreativeWorkLd | undefined {
  if (appearances.length === 1) return appearances[0]!.work;
  const intervals: DateInterval[] = [];
  for (const a of appearances) {
    const parsed = a.publishedAt === null ? undefined : parsePartialDate(a.publishedAt);
    if (parsed === undefined || !parsed.ok) return undefined;
    intervals.push(parsed.interval);
  }
  const i = intervals.findIndex((mine, j) => intervals.every((other, k) => k === j || mine.endDay < other.startDay));
  return i === -1 ? undefined : appearances[i]!.work;
}

const sameValue = (a: Cluster["value"], b: Cluster["value"]) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The consensus entry about this cluster's group: the one whose claims include
 * the cluster's (for predicates that change over time, the time slice holding
 * them), else the first about any of the finding's claims.
 */
function consensusFor(entries: readonly ConsensusEntry[], f: Finding, cluster: Cluster): ConsensusEntry | undefined {
  const about = (e: ConsensusEntry) => e.subject === f.subject && e.predicate === f.predicate;
  const mine = new Set(cluster.claims);
  const claims = new Set([...f.claims, ...cluster.claims]);
  return (
    entries.find((e) => about(e) && e.claims.some((id) => mine.has(id))) ??
    entries.find((e) => about(e) && e.claims.some((id) => claims.has(id)))
  );
}

/** A value's claims are names of entities (the cluster's value may then be an entity id). */
const namesEntities = (evidence: readonly Evidence[]) => evidence.length > 0 && evidence.every((e) => e.type === "entity");

/**
 * The value as findings word it (see {@link claimReviewDrafts}): for a name, the
 * note's own wording, else the consensus entry's label for this value, else
 * the name its claims write most often; any other value as it resolved.
 */
function labelOf(f: Finding, cluster: Cluster, entry: ConsensusEntry | undefined, evidence: readonly Evidence[]): string {
  if (evidence.length > 0 && evidence.every((e) => e.type === "date") && typeof cluster.value === "string") return dateText(cluster.value);
  // A number with its unit, as claims write it ("5 km", not "5"): claims that agree on a number share its unit.
  if (evidence.length > 0 && evidence.every((e) => e.type === "number") && typeof cluster.value === "number") {
    const unit = / (.+)$/.exec(mostWritten(evidence))?.[1];
    return unit === undefined ? valueText(cluster.value) : `${valueText(cluster.value)} ${unit}`;
  }
  if (!namesEntities(evidence) || typeof cluster.value !== "string") return valueText(cluster.value);
  const own = f.kind === "note" && (f.clusters ?? []).length === 1 ? f.data["value"] : undefined;
  if (typeof own === "string" && own.trim() !== "") return own;
  if (entry !== undefined && sameValue(entry.value, cluster.value)) return entry.label ?? valueText(entry.value);
  return mostWritten(evidence);
}

/** The form most claims write; among equals, the first in corpus order (evidence comes in corpus order). */
function mostWritten(evidence: readonly Evidence[]): string {
  const counts = new Map<string, number>();
  for (const e of evidence) counts.set(e.written, (counts.get(e.written) ?? 0) + 1);
  let best = evidence[0]!.written;
  for (const [written, n] of counts) if (n > counts.get(best)!) best = written;
  return best;
}

/** Consensus's value as findings word it: a cluster's label when it is one of the finding's values, else the entry's label for a name. */
function estimateOf(entry: ConsensusEntry, clusters: readonly Cluster[], labels: readonly string[], evidence: readonly Evidence[]): string {
  const i = clusters.findIndex((c) => sameValue(c.value, entry.value));
  if (i !== -1) return labels[i]!;
  return namesEntities(evidence) && entry.label !== undefined ? entry.label : valueText(entry.value);
}

/**
 * When the value held, for a value whose claims lie in one time slice: the
 * consensus entry's `asOf` when that entry holds every one of them, else the
 * `asOf` every one of them shares. `undefined` for a value not bound to a time,
 * or stated at several.
 */
function timeOf(cluster: Cluster, entry: ConsensusEntry | undefined, evidence: readonly Evidence[]): string | undefined {
  if (entry?.asOf !== undefined && cluster.claims.every((id) => entry.claims.includes(id))) return entry.asOf;
  const times = new Set(evidence.map((e) => e.asOf));
  const [only] = times;
  return times.size === 1 && evidence.length === cluster.claims.length ? only : undefined;
}

/** A date as the date rules word it: a partial ISO date as it is, a span of days (`2023-08-27/2023-09-24`) as `2023-08-27 to 2023-09-24`. */
function dateText(value: string): string {
  const [start, end, ...rest] = value.split("/");
  return end !== undefined && rest.length === 0 && parsePartialDate(start!).ok && parsePartialDate(end).ok ? `${start!} to ${end}` : value;
}

/** `as of 2024-10-13`, `from 2023-03-01 to 2024-09-11`. */
function whenText(asOf: string): string {
  const [start, end] = asOf.split("/");
  return end === undefined ? `as of ${start!}` : `from ${start!} to ${end}`;
}

/** Words a draft shares with the others of its finding. */
interface Wording {
  /** Each cluster's value as findings word it, in the finding's order. */
  readonly labels: readonly string[];
  /** Consensus's value, worded likewise ("" without an entry). */
  readonly estimate: string;
}

/**
 * How many independent sources state the value: the cluster's count, or the
 * consensus entry's when it names this value from the same claims and counts
 * fewer (it also counts once sources that consensus finds copying one another).
 */
function independentSources(cluster: Cluster, entry: ConsensusEntry | undefined): number {
  const same = entry !== undefined && sameValue(entry.value, cluster.value) && cluster.claims.every((id) => entry.claims.includes(id));
  return same ? Math.min(cluster.independentSources, entry.independentSources) : cluster.independentSources;
}

function rating(f: Finding, cluster: Cluster, entry: ConsensusEntry | undefined, evidence: readonly Evidence[], words: Wording): RatingLd {
  const confidence = entry === undefined ? "" : entry.confidence.toFixed(2);
  const agrees = entry !== undefined && sameValue(entry.value, cluster.value);
  const decided = entry !== undefined && entry.confidence >= 0.5;
  // In the order an editor reads them: against the evidence, disputed, thinly sourced, then how likely.
  const [ratingValue, alternateName]: [RatingLd["ratingValue"], string] =
    decided && !agrees
      ? [1, "Contradicted by other sources"]
      : f.kind === "discrepancy" && !decided
        ? [2, "Disputed: sources disagree"]
        : independentSources(cluster, entry) <= 1 || !agrees
          ? [3, "Unverified: single source"]
          : entry.confidence >= 0.8
            ? [5, `Most likely true (${confidence})`]
            : [4, `Probably true (${confidence})`];
  return { "@type": "Rating", ratingValue, bestRating: 5, worstRating: 1, alternateName, ratingExplanation: explain(f, cluster, entry, evidence, words) };
}

/** Who states the value and who states what else, counted by independent sources, and what consensus estimated. */
function explain(f: Finding, cluster: Cluster, entry: ConsensusEntry | undefined, evidence: readonly Evidence[], words: Wording): string {
  const outlets = [...new Set(evidence.map((e) => e.outlet))];
  const sources = (n: number) => `${n} independent source${n === 1 ? "" : "s"}`;
  const clusters = f.clusters ?? [];
  const label = (c: Cluster) => words.labels[clusters.indexOf(c)] ?? valueText(c.value);
  const parts = [`${listed(outlets)} (${sources(independentSources(cluster, entry))}) state${outlets.length === 1 ? "s" : ""} ${label(cluster)}.`];
  const others = clusters.filter((c) => c !== cluster);
  if (others.length > 0) parts.push(`Others state ${listed(others.map((c) => `${label(c)} (${sources(c.independentSources)})`))}.`);
  else if (f.kind !== "discrepancy") parts.push("No other independent source confirms it.");
  if (entry !== undefined) parts.push(`Consensus estimate: ${words.estimate}, confidence ${entry.confidence.toFixed(2)}.`);
  return parts.join(" ");
}

function valueText(value: Cluster["value"]): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : listed(value);
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)!}`;
}

/** A readable, URL-safe anchor: `paris-agreement-hosted-by-2016-04-22`, with the time slice when there is one (`…-laurent-fabius-2015-12-12`). */
function anchorOf(subject: string, predicate: string, value: Cluster["value"], time: string | undefined): string {
  const slug = `${subject}-${predicate}-${valueText(value)}${time === undefined ? "" : `-${time}`}`
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `claim-review-${slug.slice(0, 80).replace(/-+$/, "") || "value"}`;
}
