import { describe, expect, it } from "vitest";
import { sameGivenName } from "../../src/entities/given-names.js";
import { nameTokens, parseName } from "../../src/entities/normalize.js";
import { spellingVariant } from "../../src/entities/spelling.js";

describe("spellingVariant", () => {
  it.each([
    ["qasim", "qassem", "a vowel and a doubled letter"],
    ["mohammed", "muhammad", "two short vowels"],
    ["rouhani", "rohani", "ou for o"],
    ["araghchi", "araqchi", "gh for q"],
    ["zelensky", "zelenskyy", "a doubled y"],
    ["zelensky", "zelenskiy", "the -iy ending"],
    ["andrei", "andrey", "the -ei/-ey ending, even where both are common"],
    ["qaddafi", "qadhafi", "dh for d"],
  ])("takes '%s' and '%s' for one name (%s)", (a, b) => {
    expect(spellingVariant(a, b)).toBe(true);
    expect(spellingVariant(b, a)).toBe(true);
  });

  it.each([
    ["mosul", "mosel", "u and e are not interchangeable"],
    ["kerry", "kelly", "consonants never change"],
    ["bush", "bosh", "a short token keeps its vowels"],
    ["maria", "marie", "the last letter tells names apart"],
    ["allan", "allen", "two common names"],
    ["smith", "smyth", "two common names"],
    ["jensen", "jansen", "two common names"],
    ["austria", "australia", "lengths differ"],
  ])("keeps '%s' and '%s' apart (%s)", (a, b) => {
    expect(spellingVariant(a, b)).toBe(false);
  });
});

describe("sameGivenName", () => {
  it("knows a familiar form as a less specific given name", () => {
    expect(sameGivenName("bob", "robert")).toBe("coarser-first");
    expect(sameGivenName("william", "bill")).toBe("coarser-second");
    expect(sameGivenName("david", "daniel")).toBeUndefined();
  });
});

describe("parseName", () => {
  it("types the tokens of a name", () => {
    expect(parseName("Dr. George H. W. Bush Jr.").tokens).toEqual([
      { text: "george", kind: "word" },
      { text: "h", kind: "initial" },
      { text: "w", kind: "initial" },
      { text: "bush", kind: "word" },
      { text: "jr", kind: "qualifier" },
    ]);
  });

  it("tells qualifiers from designators", () => {
    expect(parseName("Democratic People's Republic of Korea").tokens.map((t) => t.kind)).toEqual(["qualifier", "qualifier", "designator", "designator", "word"]);
    expect(parseName("Democratic People's Republic of Korea").organisation).toBe(true);
  });

  it("reads DR as an acronym and Dr. as a title", () => {
    expect(parseName("DR Congo").tokens[0]).toEqual({ text: "dr", kind: "qualifier" });
    expect(parseName("Dr Smith")).toMatchObject({ tokens: [{ text: "smith", kind: "word" }], titled: true });
  });

  it("drops the Arabic article, but not a given name Al", () => {
    expect(nameTokens("Mohammed Shia' Al-Sudani")).toEqual(["mohammed", "shia", "sudani"]);
    expect(nameTokens("Abdel Fattah El Sisi")).toEqual(["abdel", "fattah", "sisi"]);
    expect(nameTokens("Al Gore")).toEqual(["al", "gore"]);
  });

  it("drops degrees after a name, not initials", () => {
    expect(nameTokens("Donald Knuth, Ph.D.")).toEqual(["donald", "knuth"]);
    expect(nameTokens("M. D. Allen")).toEqual(["m", "d", "allen"]);
  });

  it("keeps a title that is all there is", () => {
    expect(nameTokens("President")).toEqual(["president"]);
  });

  it("reads roman numerals after a name as qualifiers, and a lone letter as an initial", () => {
    expect(parseName("Henry VIII").tokens.at(-1)).toEqual({ text: "viii", kind: "qualifier" });
    expect(parseName("Alfred V. Aho").tokens[1]).toEqual({ text: "v", kind: "initial" });
  });
});
