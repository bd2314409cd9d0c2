import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { check } from "../../src/engine/check.js";
import type { ConsensusEntry, Finding, Report } from "../../src/engine/types.js";
import { parseCorpus } from "../../src/model/parse-corpus.js";
import { claimReviewDrafts, type ClaimReviewDraft, type ClaimReviewOptions } from "../../src/report/claim-review.js";
import { ROOT } from "../helpers.js";

const options: ClaimReviewOptions = { author: { name: "Fact Desk" }, url: "https://factdesk.example/checks" };

const parsed = parseCorpus(JSON.parse(readFileSync(`${ROOT}data/iran-iraq-border-security-2023.json`, "utf8")));
if (!parsed.ok) throw new Error("the bundled corpus no longer parses");
/** The bundled corpus's report, and its drafts. */
const bundled = check(parsed.corpus);
const drafts = claimReviewDrafts(bundled, options);
const anchor = (d: ClaimReviewDraft) => d.url.split("#")[1]!;
const draft = (a: string) => {
  const found = drafts.find((d) => anchor(d) === `claim-review-${a}`);
  if (found === undefined) throw new Error(`no draft #claim-review-${a}: ${drafts.map(anchor).join(", ")}`);
  return found;
};
const rated = (d: ClaimReviewDraft) => [d.reviewRating.ratingValue, d.reviewRating.alternateName];

/** A report built by hand (values as the engine may not give them yet). */
const handMade = JSON.parse(readFileSync(`${ROOT}test/fixtures/claim-review/report.json`, "utf8")) as Report;
const withConsensus = (report: Report, change: (e: ConsensusEntry) => ConsensusEntry): Report => ({ ...report, consensus: report.consensus.map(change) });

describe("ClaimReview ratings, in the order an editor reads them (the bundled corpus)", () => {
  it("has the drafts the walkthrough counts", () => {
    expect(drafts).toHaveLength(34); // five of them single-source notes attributed to someone
  });

  it("1, contradicted: consensus names another value with confidence ≥ 0.5", () => {
    const complete = draft("border-security-agreement-implementationstatus-complete-2023-09-23");
    expect(rated(complete)).toEqual([1, "Contradicted by other sources"]);
    expect(complete.reviewRating.ratingExplanation).toBe(
      "Tehran Times (1 independent source) states complete. Others state in-progress (2 independent sources). Consensus estimate: in-progress, confidence 0.83.",
    );
  });

  it("2, disputed: sources disagree and consensus is below 0.5, even for a value one source states", () => {
    const relocated = drafts.filter((d) => anchor(d).startsWith("claim-review-border-security-agreement-groupsrelocatedto-"));
    expect(relocated).toHaveLength(3);
    for (const d of relocated) expect(rated(d)).toEqual([2, "Disputed: sources disagree"]);
    expect(relocated[0]!.reviewRating.ratingExplanation).toContain("Consensus estimate: camps already set up in the provinces of Erbil and Sulaymaniyah, confidence 0.36.");
  });

  it("3, single source: a value one independent source states is never 'Most likely' or 'Probably' true, however confident consensus is", () => {
    const singles = drafts.filter((d) => d.reviewRating.ratingExplanation.includes("No other independent source confirms it."));
    expect(singles).toHaveLength(28);
    for (const d of singles) {
      expect(rated(d)).toEqual([3, "Unverified: single source"]);
      expect(d.reviewRating.ratingExplanation).toMatch(/\(1 independent source\) states /);
    }
    // Consensus is confident (0.91), but only one source, a repost, says so.
    const shamkhani = draft("border-security-agreement-signedby-ali-shamkhani");
    expect(rated(shamkhani)).toEqual([3, "Unverified: single source"]);
    expect(shamkhani.reviewRating.ratingExplanation).toBe(
      "unattributed news site (repost) (1 independent source) states Ali Shamkhani. No other independent source confirms it. Consensus estimate: Ali Shamkhani, confidence 0.91.",
    );
    // And 0.79 is no "Probably true" either.
    expect(rated(draft("iran-interiorminister-eskandar-momeni"))).toEqual([3, "Unverified: single source"]);
    // Every draft of a value one independent source states, discrepancies included, is rated 3 or lower.
    for (const d of drafts.filter((x) => /^[^.]*\(1 independent source\)/.test(x.reviewRating.ratingExplanation))) expect(d.reviewRating.ratingValue).toBeLessThanOrEqual(3);
  });

  it("5, most likely: consensus names this value with confidence ≥ 0.8, from two independent sources or more", () => {
    expect(rated(draft("border-security-agreement-implementationdeadline-2023-09-19"))).toEqual([5, "Most likely true (0.96)"]);
    expect(rated(draft("border-security-agreement-implementationstatus-in-progress"))).toEqual([5, "Most likely true (0.83)"]);
  });

  it("the corpus's ratings, counted", () => {
    const counts = new Map<number, number>();
    for (const d of drafts) counts.set(d.reviewRating.ratingValue, (counts.get(d.reviewRating.ratingValue) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ 1: 1, 2: 3, 3: 28, 5: 2 });
  });
});

describe("ClaimReview ratings, the rows the bundled corpus lacks and the order between rows (hand-made reports)", () => {
  const ratings = (report: Report) => claimReviewDrafts(report, options).map((d) => `${d.url.split("#claim-review-")[1]}: ${d.reviewRating.ratingValue}`);

  it("4, probably: consensus names this value with confidence ≥ 0.5 and below 0.8, from two independent sources", () => {
    const [, , signatories] = claimReviewDrafts(handMade, options);
    expect(rated(signatories!)).toEqual([4, "Probably true (0.62)"]);
    // At 0.8 exactly, most likely.
    const sure = withConsensus(handMade, (e) => (e.predicate === "signatories" ? { ...e, confidence: 0.8 } : e));
    expect(rated(claimReviewDrafts(sure, options)[2]!)).toEqual([5, "Most likely true (0.80)"]);
  });

  it("contradicted comes before disputed: a discrepancy whose consensus names another value", () => {
    const decided = withConsensus(handMade, (e) => (e.predicate === "president" ? { ...e, confidence: 0.5 } : e));
    expect(ratings(decided).filter((r) => r.startsWith("cop21"))).toEqual(["cop21-president-laurent-fabius: 4", "cop21-president-segolene-royal: 1"]);
    expect(ratings(handMade).filter((r) => r.startsWith("cop21"))).toEqual(["cop21-president-laurent-fabius: 2", "cop21-president-segolene-royal: 2"]);
  });

  it("contradicted comes before single source: a value one source states, consensus weighing against it", () => {
    const [, blog] = claimReviewDrafts(handMade, options);
    expect(blog!.reviewRating.ratingExplanation).toMatch(/^Climate Blog \(1 independent source\) states 2015-12\./);
    expect(rated(blog!)).toEqual([1, "Contradicted by other sources"]);
  });

  it("single source comes before probably and most likely: one independent source, whatever consensus says, in a discrepancy too", () => {
    // 2015-12, one source, made the most likely value by consensus.
    const blog: Report = {
      ...handMade,
      consensus: handMade.consensus.map((e) => (e.predicate === "signedOn" ? { ...e, value: "2015-12", confidence: 0.93, claims: ["blog-signed"], independentSources: 1 } : e)),
    };
    expect(ratings(blog).slice(0, 2)).toEqual(["paris-agreement-signedon-2016-04-22: 1", "paris-agreement-signedon-2015-12: 3"]);
  });

  it("counts the sources consensus finds copying one another once: two sources, one independent, are a single source", () => {
    const copied = withConsensus(handMade, (e) => (e.predicate === "signedOn" ? { ...e, independentSources: 1 } : e));
    const [signed] = claimReviewDrafts(copied, options);
    expect(rated(signed!)).toEqual([3, "Unverified: single source"]);
    expect(signed!.reviewRating.ratingExplanation).toMatch(/^Global Wire, The Daily and Herald \(1 independent source\) state 2016-04-22\./);
    // An entry from other claims of the same value says nothing of these claims' independence.
    const elsewhere = withConsensus(handMade, (e) => (e.predicate === "signedOn" ? { ...e, claims: ["wire-signed"], independentSources: 1 } : e));
    expect(rated(claimReviewDrafts(elsewhere, options)[0]!)).toEqual([5, "Most likely true (0.94)"]);
  });
});

describe("ClaimReview drafts word the value as findings do", () => {
  it("names, not entity ids: the note's own wording (the bundled corpus)", () => {
    const named = drafts.filter((d) => d.reviewBody.startsWith("Only ")).map((d) => d.claimReviewed);
    expect(named).toContain("The signedBy of border-security-agreement is Ali Shamkhani.");
    expect(named).toContain("The signingAttendedBy of border-security-agreement is Mohammed al-Sudani."); // entity mohammed-shia-al-sudani
    expect(named).toContain("The heldIn of araghchi-araji-meeting-tehran is Tehran.");
    const ids = new Set(
      Object.values(bundled.claims).flatMap((e) => (e.type === "entity" && typeof e.resolved === "string" && e.resolved !== e.written ? [e.resolved] : [])),
    );
    expect(ids.size).toBeGreaterThan(5);
    for (const d of drafts) {
      const value = / is (.*?)(?: as of [\d-]+| from [\d-]+ to [\d-]+)?(?:, according to .*)?\.$/.exec(d.claimReviewed)![1]!;
      expect(ids).not.toContain(value);
      for (const id of ids) expect(d.reviewRating.ratingExplanation).not.toMatch(new RegExp(`(states|estimate:) ${id}\\b`));
    }
    // Each single-source draft says the value as its note's message does.
    for (const d of drafts.filter((x) => x.reviewBody.startsWith("Only "))) {
      const value = / is (.*?)(?: as of [\d-]+| from [\d-]+ to [\d-]+)?(?:, according to .*)?\.$/.exec(d.claimReviewed)![1]!;
      expect(d.reviewBody).toMatch(new RegExp(`: ${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(; no other independent source confirms it|, attributed to )`));
    }
  });

  it("an attributed single-source value is reviewed too, saying whom the source attributes it to", () => {
    expect(drafts.map((d) => d.claimReviewed)).toContain(
      "The transferredTo of behzad-khosravi-transfer is Iran, according to a security source cited by the Tasnim news agency.",
    );
  });

  it("a span of days as the date rules word it", () => {
    expect(draft("khafaji-interview-publishedon-2023-08-27-2023-09-24").claimReviewed).toBe("The publishedOn of khafaji-interview is 2023-08-27 to 2023-09-24.");
  });

  it("in a discrepancy: consensus's label for its value, the name most claims write for the others, and the estimate likewise", () => {
    const ids: Report = {
      ...handMade,
      findings: handMade.findings.map((f): Finding => {
        if (f.predicate !== "president" || f.kind !== "discrepancy") return f;
        return { ...f, clusters: f.clusters.map((c) => ({ ...c, value: c.value === "Laurent Fabius" ? "laurent-fabius" : "segolene-royal" })) };
      }),
      consensus: handMade.consensus.map((e) => (e.predicate === "president" ? { ...e, value: "laurent-fabius", label: "L. Fabius" } : e)),
    };
    const cop21 = claimReviewDrafts(ids, options).filter((d) => d.url.includes("cop21"));
    expect(cop21.map((d) => d.claimReviewed)).toEqual(["The president of cop21 is L. Fabius.", "The president of cop21 is Ségolène Royal."]);
    expect(cop21[1]!.reviewRating.ratingExplanation).toBe(
      "Herald (1 independent source) states Ségolène Royal. Others state L. Fabius (2 independent sources). Consensus estimate: L. Fabius, confidence 0.41.",
    );
    // Anchors stay made of the value, stable whatever the wording.
    expect(cop21.map((d) => d.url.split("#")[1])).toEqual(["claim-review-cop21-president-laurent-fabius", "claim-review-cop21-president-segolene-royal"]);
    // Without consensus, the name most of the value's claims write; among equals, the first in corpus order.
    const written = (wire: string, monthly: string): string => {
      const report: Report = {
        ...ids,
        consensus: [],
        claims: { ...ids.claims, "wire-cop21": { ...ids.claims["wire-cop21"]!, written: wire }, "monthly-cop21": { ...ids.claims["monthly-cop21"]!, written: monthly } },
      };
      return claimReviewDrafts(report, options).find((d) => d.url.includes("cop21"))!.claimReviewed;
    };
    expect(written("Fabius", "Laurent Fabius")).toBe("The president of cop21 is Fabius.");
    expect(written("Laurent Fabius", "Fabius")).toBe("The president of cop21 is Laurent Fabius.");
  });
});

describe("ClaimReview drafts of a value at a time say when", () => {
  it("two single-source notes of one value at two times are told apart (the bundled corpus)", () => {
    const araghchi = drafts.filter((d) => anchor(d).startsWith("claim-review-iran-foreignminister-abbas-araghchi"));
    expect(araghchi.map((d) => [anchor(d), d.claimReviewed])).toEqual([
      ["claim-review-iran-foreignminister-abbas-araghchi-2024-11-12", "The foreignMinister of iran is Seyed Abbas Araghchi as of 2024-11-12."],
      ["claim-review-iran-foreignminister-abbas-araghchi-2024-10-13", "The foreignMinister of iran is Seyed Abbas Araghchi as of 2024-10-13."],
    ]);
    expect(new Set(drafts.map((d) => d.claimReviewed)).size).toBe(drafts.length);
    expect(drafts.filter((d) => /-\d+$/.test(anchor(d)) && !/\d{4}(-\d{2}){0,2}$/.test(anchor(d)))).toEqual([]);
  });

  it("a value stated at one time says it; a value stated at several, or not bound to a time, says none", () => {
    expect(draft("border-security-agreement-implementationstatus-complete-2023-09-23").claimReviewed).toBe(
      "The implementationStatus of border-security-agreement is complete as of 2023-09-23.",
    );
    expect(draft("border-security-agreement-implementationstatus-in-progress").claimReviewed).toBe("The implementationStatus of border-security-agreement is in-progress.");
    expect(draft("iran-interiorminister-eskandar-momeni").claimReviewed).toBe("The interiorMinister of iran is Eskandar Momeni.");
  });

  it("a time slice that spans days reads from … to …", () => {
    const spanning = withConsensus(handMade, (e) => (e.predicate === "signedOn" ? { ...e, asOf: "2016-04-22/2016-04-25" } : e));
    const [signed, other] = claimReviewDrafts(spanning, options);
    expect(signed!.claimReviewed).toBe("The signedOn of paris-agreement is 2016-04-22 from 2016-04-22 to 2016-04-25.");
    expect(signed!.url).toBe("https://factdesk.example/checks#claim-review-paris-agreement-signedon-2016-04-22-2016-04-22-2016-04-25");
    expect(other!.claimReviewed).toBe("The signedOn of paris-agreement is 2015-12."); // not among the entry's claims
  });
});
