import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { check } from "../../src/engine/check.js";
import type { Report } from "../../src/engine/types.js";
import { parseCorpus } from "../../src/model/parse-corpus.js";
import { claimReviewDrafts, formatClaimReview, type ClaimReviewOptions } from "../../src/report/claim-review.js";
import { corpusOf, ROOT } from "../helpers.js";

const FIXTURES = `${ROOT}test/fixtures/claim-review/`;
/** A report built by hand, with consensus estimates (which the engine may not give yet). */
const handMade = JSON.parse(readFileSync(`${FIXTURES}report.json`, "utf8")) as Report;
const options: ClaimReviewOptions = { author: { name: "Fact Desk", url: "https://factdesk.example" }, url: "https://factdesk.example/checks/paris" };

afterEach(() => {
  vi.useRealTimers();
});

describe("formatClaimReview: ClaimReview drafts for discrepancies and single-source notes", () => {
  it("matches the reviewed golden, byte for byte (regenerate with UPDATE_GOLDEN=1 and read the diff)", () => {
    const path = `${FIXTURES}drafts.jsonld`;
    const actual = formatClaimReview(handMade, { ...options, datePublished: "2016-05-02" });
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(path, actual);
    if (!existsSync(path)) throw new Error("drafts.jsonld is missing: run UPDATE_GOLDEN=1 and review it");
    expect(actual).toBe(readFileSync(path, "utf8"));
  });

  it("reviews each value a discrepancy or a single-source note is about, and nothing else", () => {
    const drafts = claimReviewDrafts(handMade, options);
    expect(drafts.map((d) => d.claimReviewed)).toEqual([
      "The signedOn of paris-agreement is 2016-04-22.",
      "The signedOn of paris-agreement is 2015-12.",
      "The signatories of paris-agreement is 175 parties.",
      "The signatories of paris-agreement is 195 parties.",
      "The president of cop21 is Laurent Fabius.",
      "The president of cop21 is Ségolène Royal.",
      "The hostedBy of signing-ceremony is Ban Ki Moon.",
      "The authors of ipcc-report is Valérie Masson-Delmotte and Panmao Zhai.",
    ]);
    expect(new Set(drafts.map((d) => d.reviewBody)).size).toBe(5);
    expect(drafts[0]!.reviewBody).toBe(handMade.findings[0]!.message);
  });

  it("suggests a rating from consensus and independence, on a documented 1–5 scale", () => {
    const ratings = claimReviewDrafts(handMade, options).map((d) => [d.reviewRating.ratingValue, d.reviewRating.alternateName]);
    expect(ratings).toEqual([
      [5, "Most likely true (0.94)"],
      [1, "Contradicted by other sources"],
      [4, "Probably true (0.62)"],
      [1, "Contradicted by other sources"],
      [2, "Disputed: sources disagree"], // consensus too unsure (0.41) to decide
      [2, "Disputed: sources disagree"],
      [3, "Unverified: single source"],
      [3, "Unverified: single source"],
    ]);
    const [likely, , , , , , single] = claimReviewDrafts(handMade, options);
    expect(likely!.reviewRating).toEqual({
      "@type": "Rating",
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
      alternateName: "Most likely true (0.94)",
      ratingExplanation:
        "Global Wire, The Daily and Herald (2 independent sources) state 2016-04-22. Others state 2015-12 (1 independent source). Consensus estimate: 2016-04-22, confidence 0.94.",
    });
    expect(single!.reviewRating.ratingExplanation).toBe("Herald (1 independent source) states Ban Ki Moon. No other independent source confirms it.");
  });

  it("lists where the claim appeared: each source stating it, with its outlet, date, link and author when known, and the first", () => {
    const [signed] = claimReviewDrafts(handMade, options);
    const wire = {
      "@type": "CreativeWork",
      name: "Leaders sign Paris climate agreement",
      url: "https://wire.example/2016/04/22/paris",
      datePublished: "2016-04-22",
      author: { "@type": "Person", name: "Ana Ruiz" },
      publisher: { "@type": "Organization", name: "Global Wire" },
    };
    expect(signed!.itemReviewed).toEqual({
      "@type": "Claim",
      appearance: [
        wire,
        { "@type": "CreativeWork", datePublished: "2016-04-25", publisher: { "@type": "Organization", name: "The Daily" } },
        { "@type": "CreativeWork", url: "https://herald.example/paris-signing", datePublished: "2016-04-24", publisher: { "@type": "Organization", name: "Herald" } },
      ],
      firstAppearance: wire,
    });
  });

  it("names a first appearance only when the dates say so: not across precisions, not with an unknown date", () => {
    const withDates = (wire: string | null, herald: string | null): Report => ({
      ...handMade,
      sources: handMade.sources.map((s) => (s.id === "wire" ? { ...s, publishedAt: wire } : s.id === "herald" ? { ...s, publishedAt: herald } : s)),
    });
    const first = (report: Report) => claimReviewDrafts(report, options)[2]!.itemReviewed.firstAppearance?.publisher.name; // 175: Global Wire and Herald
    expect(first(withDates("2016-04", "2016-05-01"))).toBe("Global Wire");
    expect(first(withDates("2016-04-24", "2016-04-23"))).toBe("Herald");
    expect(first(withDates("2016", "2016-04-24"))).toBeUndefined();
    expect(first(withDates("2016-04-24", "2016-04-24"))).toBeUndefined();
    expect(first(withDates(null, "2016-04-24"))).toBeUndefined();
    expect(claimReviewDrafts(handMade, options)[3]!.itemReviewed.firstAppearance?.publisher.name).toBe("Climate Blog"); // the only one, date unknown
  });

  it("is a draft: marked so, signed and placed by the options, dated only when told", () => {
    const drafts = claimReviewDrafts(handMade, options);
    for (const d of drafts) {
      expect(d.creativeWorkStatus).toBe("Draft");
      expect(d.author).toEqual({ "@type": "Organization", name: "Fact Desk", url: "https://factdesk.example" });
      expect(d).not.toHaveProperty("datePublished");
    }
    expect(drafts.map((d) => d.url)).toEqual([
      "https://factdesk.example/checks/paris#claim-review-paris-agreement-signedon-2016-04-22",
      "https://factdesk.example/checks/paris#claim-review-paris-agreement-signedon-2015-12",
      "https://factdesk.example/checks/paris#claim-review-paris-agreement-signatories-175",
      "https://factdesk.example/checks/paris#claim-review-paris-agreement-signatories-195",
      "https://factdesk.example/checks/paris#claim-review-cop21-president-laurent-fabius",
      "https://factdesk.example/checks/paris#claim-review-cop21-president-segolene-royal",
      "https://factdesk.example/checks/paris#claim-review-signing-ceremony-hostedby-ban-ki-moon",
      "https://factdesk.example/checks/paris#claim-review-ipcc-report-authors-valerie-masson-delmotte-and-panmao-zhai",
    ]);
    expect(claimReviewDrafts(handMade, { ...options, datePublished: "2016-05-02T09:30Z" })[0]!.datePublished).toBe("2016-05-02T09:30Z");
  });

  it("keeps anchors unique when two reviews would share one", () => {
    const twice: Report = { ...handMade, findings: [handMade.findings[0]!, handMade.findings[0]!] };
    expect(claimReviewDrafts(twice, options).map((d) => d.url.split("#")[1])).toEqual([
      "claim-review-paris-agreement-signedon-2016-04-22",
      "claim-review-paris-agreement-signedon-2015-12",
      "claim-review-paris-agreement-signedon-2016-04-22-2",
      "claim-review-paris-agreement-signedon-2015-12-2",
    ]);
  });

  it("gives the same bytes for the same report, whatever the clock says", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2001-01-01T00:00:00Z"));
    const before = formatClaimReview(handMade, options);
    vi.setSystemTime(new Date("2031-07-15T12:00:00Z"));
    expect(formatClaimReview(handMade, options)).toBe(before);
    expect(formatClaimReview(structuredClone(handMade), options)).toBe(before);
  });

  it("refuses incomplete options, naming every problem", () => {
    expect(() => claimReviewDrafts(handMade, { author: { name: " " }, url: "factdesk.example/checks", datePublished: "2016-02-30" })).toThrow(
      "formatClaimReview: author.name (the publishing organisation) is required; url (the page the reviews will be published on) must be an absolute http(s) URL without a #fragment; datePublished must be an ISO 8601 date (YYYY-MM-DD), optionally with a time",
    );
    expect(() => claimReviewDrafts(handMade, { ...options, url: "https://factdesk.example/checks#top" })).toThrow(/without a #fragment/);
    expect(() => claimReviewDrafts(handMade, { ...options, author: { name: "Fact Desk", url: "javascript:alert(1)" } })).toThrow("author.url must be an absolute http(s) URL");
    expect(() => claimReviewDrafts(handMade, undefined as unknown as ClaimReviewOptions)).toThrow(/author\.name .* is required/);
  });
});

// ---- Valid against schema.org's vocabulary -------------------------------------------------

interface Vocabulary {
  readonly classes: Readonly<Record<string, string | null>>;
  readonly properties: Readonly<Record<string, { readonly domain: readonly string[]; readonly range: readonly string[] }>>;
}
const vocabulary = JSON.parse(readFileSync(`${FIXTURES}schema-org-vocabulary.json`, "utf8")) as Vocabulary;

/** A class and its ancestors, from schema.org's subClassOf chain. */
function lineage(type: string): string[] {
  const out: string[] = [];
  for (let t: string | null | undefined = type; t != null; t = vocabulary.classes[t]) out.push(t);
  return out;
}

/** Whether a JSON value may fill a property whose range is `range`. */
function fits(value: unknown, range: readonly string[]): boolean {
  if (typeof value === "string") {
    if (range.includes("Text")) return true;
    if (range.includes("URL") && /^https?:\/\//.test(value)) return true;
    if ((range.includes("Date") || range.includes("DateTime")) && /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(value)) return true;
    return false;
  }
  if (typeof value === "number") return range.includes("Number");
  if (value !== null && typeof value === "object" && "@type" in value) return lineage(String(value["@type"])).some((t) => range.includes(t));
  return false;
}

/** Every way a JSON-LD node breaks the vocabulary: unknown types, properties off their domain, values off their range. */
function vocabularyProblems(node: Record<string, unknown>, path = "$"): string[] {
  const type = String(node["@type"]);
  if (!(type in vocabulary.classes)) return [`${path}: unknown type ${type}`];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === "@context" || key === "@type") continue;
    const property = vocabulary.properties[key];
    if (property === undefined) {
      problems.push(`${path}.${key}: not in the vocabulary`);
      continue;
    }
    if (!lineage(type).some((t) => property.domain.includes(t))) problems.push(`${path}.${key}: not a property of ${type}`);
    for (const [i, item] of (Array.isArray(value) ? value : [value]).entries()) {
      const at = Array.isArray(value) ? `${path}.${key}[${i}]` : `${path}.${key}`;
      if (!fits(item, property.range)) problems.push(`${at}: ${JSON.stringify(item)} is not a ${property.range.join(" or ")}`);
      if (item !== null && typeof item === "object") problems.push(...vocabularyProblems(item as Record<string, unknown>, at));
    }
  }
  return problems;
}

describe("ClaimReview drafts are valid against schema.org's vocabulary", () => {
  it("the checker itself catches a type, a property off its domain, and a value off its range", () => {
    expect(vocabularyProblems({ "@type": "Review", claimReviewed: "x", reviewRating: { "@type": "Organization", name: "x" }, headline: 1 })).toEqual([
      "$.claimReviewed: not a property of Review",
      '$.reviewRating: {"@type":"Organization","name":"x"} is not a Rating',
      "$.headline: not in the vocabulary",
    ]);
    expect(vocabularyProblems({ "@type": "Verdict" })).toEqual(["$: unknown type Verdict"]);
  });

  it("every @type and property of the drafts of a hand-made report", () => {
    const drafts = JSON.parse(formatClaimReview(handMade, { ...options, datePublished: "2016-05-02" })) as Record<string, unknown>[];
    expect(drafts).toHaveLength(8);
    for (const [i, draft] of drafts.entries()) {
      expect(draft["@context"]).toBe("https://schema.org");
      expect(vocabularyProblems(draft, `$[${i}]`)).toEqual([]);
    }
  });

  it("every @type and property of the drafts of a report the engine made", () => {
    const parsed = parseCorpus(JSON.parse(readFileSync(`${ROOT}test/fixtures/paris-agreement.json`, "utf8")));
    if (!parsed.ok) throw new Error("paris-agreement.json no longer parses");
    const report = check(parsed.corpus);
    const drafts = claimReviewDrafts(report, options);
    const reviewable = report.findings.filter((f) => f.subject !== null && f.predicate !== null && (f.kind === "discrepancy" || f.messageId === "single"));
    expect(reviewable.length).toBeGreaterThan(0);
    // One draft per statement reviewed: a value a discrepancy reviews gets none from its single-source note, and the
    // weekday slip in Herald's claim does not draft "signedOn is 2016-04-22" a second time, as unverified.
    expect(new Set(drafts.map((d) => d.claimReviewed)).size).toBe(drafts.length);
    expect(drafts.length).toBeLessThan(reviewable.reduce((n, f) => n + (f.clusters?.length ?? 0), 0));
    expect(drafts.filter((d) => d.claimReviewed === "The signedOn of paris-agreement is 2016-04-22.").map((d) => d.reviewRating.alternateName)).toEqual(["Most likely true (0.98)"]);
    for (const [i, draft] of drafts.entries()) {
      expect(vocabularyProblems(draft as unknown as Record<string, unknown>, `$[${i}]`)).toEqual([]);
      expect([1, 2, 3, 4, 5]).toContain(draft.reviewRating.ratingValue);
      expect(draft.itemReviewed.appearance.length).toBeGreaterThan(0);
    }
  });
});

describe("ClaimReview drafts of values that look alike in an anchor", () => {
  const draftsOf = (values: readonly (readonly [string, Record<string, unknown>])[], predicates: Record<string, unknown> = {}) => {
    const corpus = corpusOf({
      format: "corroborate/v1",
      sources: ["a", "b", "c"].map((id) => ({ id, outlet: id.toUpperCase() })),
      predicates,
      claims: values.map(([source, value], i) => ({ id: `c${i}`, source, subject: "lake", predicate: "temperature", value, quote: "q" })),
    });
    return claimReviewDrafts(check(corpus), options).map((d) => d.claimReviewed);
  };

  it("reviews -3 and 3 as two statements, and 5 km and 5 mi", () => {
    expect(draftsOf([["a", { type: "number", value: -3 }], ["b", { type: "number", value: -3 }], ["c", { type: "number", value: 3 }]])).toEqual([
      "The temperature of lake is -3.",
      "The temperature of lake is 3.",
    ]);
    expect(draftsOf([["a", { type: "number", value: 5, unit: "km" }], ["b", { type: "number", value: 5, unit: "km" }], ["c", { type: "number", value: 5, unit: "mi" }]])).toHaveLength(2);
  });
});