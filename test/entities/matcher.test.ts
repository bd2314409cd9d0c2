import { describe, expect, it } from "vitest";
import { compareNames, EntityMatcher } from "../../src/entities/matcher.js";
import { nameKey } from "../../src/entities/normalize.js";

describe("compareNames", () => {
  it.each([
    ["Mohammed Shia' Al-Sudani", "Mohammed Shia al-Sudani", "normalised"],
    ["Mohammed Shia’ al-Sudani", "Mohammed Shia' Al-Sudani", "normalised"],
    ["Mohammed Shia' Al-Sudani", "Mohammed al-Sudani", "shortened"],
    ["Qasim al-Araji", "Qassem al-Araji", "normalised"],
    ["Muhammad Ali", "Mohammed Ali", "spelling"],
    ["Seyed Abbas Araghchi", "Abbas Araghchi", "normalised"],
    ["Ségolène Royal", "Segolene Royal", "normalised"],
  ])("'%s' and '%s' are one person (%s)", (a, b, how) => {
    const match = compareNames(a, b);
    expect(match).toMatchObject({ same: true, how });
    expect(match.explanation).toContain(a === b ? "" : "\"");
  });

  it.each([
    ["Laurent Fabius", "Ségolène Royal"],
    ["Fuad Hussein", "Saddam Hussein"],
    ["Hossein Amir-Abdollahian", "Abbas Araghchi"],
    ["Iran", "Iraq"],
    ["Mohammed al-Sudani", "Al-Sudani"],
  ])("'%s' and '%s' are not", (a, b) => {
    expect(compareNames(a, b).same).toBe(false);
  });

  it("is symmetric", () => {
    expect(compareNames("Mohammed al-Sudani", "Mohammed Shia al-Sudani").same).toBe(compareNames("Mohammed Shia al-Sudani", "Mohammed al-Sudani").same);
  });
});

describe("EntityMatcher", () => {
  const matcher = new EntityMatcher([
    { id: "sudani", names: ["Mohammed Shia' Al-Sudani"] },
    { id: "irgc", names: ["Islamic Revolution Guards Corps", "IRGC"] },
  ]);

  it("matches a listed alias exactly, without explanation", () => {
    expect(matcher.identify("IRGC")).toEqual({ entity: "irgc", key: "entity:irgc", written: "IRGC", how: "alias", explanation: "" });
  });

  it("matches a normalised alias and says how", () => {
    const id = matcher.identify("MOHAMMED SHIA AL SUDANI");
    expect(id).toMatchObject({ entity: "sudani", how: "normalised" });
    expect(id.explanation).toContain("once spelling is normalised");
  });

  it("matches a shortened name fuzzily and says how", () => {
    expect(matcher.identify("Mohammed al-Sudani")).toMatchObject({ entity: "sudani", how: "fuzzy" });
  });

  it("leaves an unknown name unmatched, keyed by its normalised spelling", () => {
    expect(matcher.identify("Fuad Hussein")).toMatchObject({ entity: null, how: "none", key: `name:${nameKey("Fuad Hussein")}` });
  });

  it("answers the same name from its cache", () => {
    expect(matcher.identify("Mohammed al-Sudani")).toBe(matcher.identify("Mohammed al-Sudani"));
  });
});
