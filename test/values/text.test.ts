import { describe, expect, it } from "vitest";
import type { PredicateSpec } from "../../src/model/types.js";
import { mayBeSimilar, TEXT_AGREEMENT, textSimilarity } from "../../src/values/text-similarity.js";
import { readText, textValues } from "../../src/values/text.js";

const spec: PredicateSpec = { type: "text", cardinality: "one", changesOverTime: false, declared: true };
const relation = (a: string, b: string) => textValues.compare(readText(a), readText(b), spec).relation;

/**
 * Texts whose wording is alike and whose facts are not: a negation, a place, a
 * day, a month, a party named twice. A similarity score weighs each of these
 * as a few letters; a fact-checking tool that called any of them an agreement
 * would report a false confirmation.
 */
const CONFUSABLE: readonly (readonly [string, string])[] = [
  ["the strike killed civilians", "the strike killed no civilians"],
  ["the strike killed civilians", "the strike never killed civilians"],
  ["the strike killed civilians", "the strike didn't kill civilians"],
  ["the strike killed civilians", "the strike did not kill civilians"],
  ["aid was delivered with conditions", "aid was delivered without conditions"],
  ["a binding resolution on the camps", "a non-binding resolution on the camps"],
  ["the camps can be reached by road", "the camps cannot be reached by road"],
  ["the agreement was signed in Baghdad", "the agreement was signed in Tehran"],
  ["aid reached the camps near Mosul", "aid reached the camps near Mosel"],
  ["the summit was hosted by South Korea", "the summit was hosted by North Korea"],
  ["talks were held in Guinea", "talks were held in New Guinea"],
  ["the camps are run by the UN", "the camps are run by the US"],
  ["the camps are run by the U.N.", "the camps are run by the U.S."],
  ["the minister resigned on Monday", "the minister resigned on Sunday"],
  ["the minister resigned on Mon.", "the minister resigned on Sunday"],
  ["the talks resumed in January", "the talks resumed in June"],
  ["the talks resumed in March", "the talks resumed in May"],
  ["the talks resumed in Sept.", "the talks resumed in Oct."],
  ["Monday: the talks resumed", "Sunday: the talks resumed"],
  ["Monday. The talks resumed", "Sunday. The talks resumed"],
  ["the talks resumed on Sat.", "the talks resumed on Sun."],
  ["Mr. Smith signed the deal", "Mr. Smyth signed the deal"],
  ["the deal was signed by Iraq and Iran", "the deal was signed by Iraq and Iraq"],
  ["Iraq and Iran signed the deal in Baghdad", "Iran and Iran signed the deal in Baghdad"],
  ["the deal was signed by Iraq", "the deal was signed by Iraq and Iran"],
  // A name that is only the first word of a sentence: both capitalised, no function word, different.
  ["Iraq signed the deal in Baghdad", "Iran signed the deal in Baghdad"],
  ["Talks resumed. Iraq signed the deal", "Talks resumed. Iran signed the deal"],
  ["a binding resolution on the camps", "a nonbinding resolution on the camps"],
];

/** One text written in different ways: case, punctuation, initials' dots, an article, a plural, an apostrophe, a contraction. */
const VARIANTS: readonly (readonly [string, string])[] = [
  ["Camps in Iraqi Kurdistan.", "camps in iraqi kurdistan"],
  ["CAMPS IN IRAQI KURDISTAN", "Camps in Iraqi Kurdistan"],
  ["Camps In Iraqi Kurdistan", "camps in Iraqi Kurdistan"],
  ["the camps in the north", "camps in the north"],
  ["the camps in the north", "the camp in the north"],
  ["The strike killed civilians", "the strike killed civilians."],
  ["Strike killed civilians in Mosul", "the strike killed civilians in Mosul"],
  ["the agreement was signed in Baghdad", "The agreement was signed in Baghdad!"],
  ["The U.N. said the camps were full", "the UN said the camps were full"],
  ["Iraq's prime minister resigned", "Iraq’s prime minister resigned"],
  ["Iraq's prime minister resigned", "iraq's prime minister resigned"],
  ["the strike didn't kill civilians", "the strike did not kill civilians"],
  ["the strike didn’t kill civilians", "the strike didn't kill civilians"],
  ["the minister resigned on Monday", "the minister resigned on Mon."],
  ["the minister resigned on Monday", "the minister resigned on monday"],
  ["the talks resumed in May", "the talks resumed in may"],
  ["the talks resumed in March", "the talks resumed in Mar."],
  ["talks with Ségolène Royal in Paris", "talks with Segolene Royal in Paris"],
  ["the deal was signed by Iraq and Iran", "the deal was signed by Iraq and Iran."],
  ["Aid reached the camps. Iraq said so", "aid reached the camps; Iraq said so"],
  ["the talks resumed on Sat.", "the talks resumed on Saturday"],
  ["the talks resumed on Sat.", "the talks resumed on sat"],
  ["The Sun reported the strike", "the sun reported the strike"],
  ["the talks resumed in Sept.", "the talks resumed in September"],
  // Sentences broken differently, or a heading added, leave the names where they were.
  ["Talks collapsed and negotiators left the capital. Chile blamed Peru for the failure.", "Talks collapsed. Negotiators left the capital. Chile blamed Peru for the failure."],
  ["UPDATE: Negotiators signed the ceasefire agreement in the capital late at night", "Negotiators signed the ceasefire agreement in the capital late at night"],
  ["a non-binding resolution on the camps", "a nonbinding resolution on the camps"],
  ["a non-aggression pact was signed", "a nonaggression pact was signed"],
  // A capitalised first word against the same text in lower case, or a function word, says nothing.
  ["Iraq signed the deal in Baghdad", "iraq signed the deal in Baghdad"],
  ["In March the talks resumed", "in March the talks resumed"],
];

describe("text values that look alike and state different facts", () => {
  it.each(CONFUSABLE)("'%s' and '%s' are different values, whatever their similarity", (a, b) => {
    expect(relation(a, b)).toBe("different");
    expect(relation(b, a)).toBe("different");
    expect(textValues.support(readText(a), readText(b), spec)).toBe(0);
  });

  it("are mostly alike enough that similarity alone would have merged them", () => {
    // The guard matters: most of these pairs pass the similarity threshold.
    const alike = CONFUSABLE.filter(([a, b]) => textSimilarity(readText(a).normalized, readText(b).normalized) >= TEXT_AGREEMENT);
    expect(alike.length).toBeGreaterThan(CONFUSABLE.length / 2);
  });
});

describe("text values written in different ways", () => {
  it.each(VARIANTS)("'%s' and '%s' are the same value", (a, b) => {
    expect(relation(a, b)).toBe("same");
    expect(relation(b, a)).toBe("same");
    expect(textValues.support(readText(a), readText(b), spec)).toBe(1);
  });

  it("keep the similarity prefilter sound: a pair that agrees always passes it", () => {
    for (const [a, b] of VARIANTS) {
      const [x, y] = [readText(a).normalized, readText(b).normalized];
      if (x !== y) expect(mayBeSimilar(x, y, TEXT_AGREEMENT)).toBe(true);
    }
  });
});

describe("reading a text's marks", () => {
  it("folds negations, and names the words capitalised where no sentence starts, weekdays and months", () => {
    const r = readText("On Mon. the U.N. said Mr. Smith didn't sign: Jones did, in May, not on Sat.");
    expect(r.negations).toBe("not not");
    expect(r.names).toEqual(["may", "monday", "mr", "saturday", "smith", "un"]);
    expect(r.words).toBe("on monday the un said mr smith didn t sign jones did in may not on saturday");
  });

  it("keeps the key a text is clustered by: equal keys are one value whatever the marks", () => {
    expect(textValues.key(readText("The U.N. said"))).toBe(textValues.key(readText("the u n said")));
    expect(relation("The U.N. said", "the u n said")).toBe("same");
  });
});
