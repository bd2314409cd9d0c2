import { describe, expect, it } from "vitest";
import { blocksOf, compareNames, EntityMatcher } from "../../src/entities/matcher.js";
import { nameKey } from "../../src/entities/normalize.js";

describe("EntityMatcher", () => {
  const matcher = new EntityMatcher([
    { id: "sudani", names: ["Mohammed Shia' Al-Sudani"] },
    { id: "araji", names: ["Qasim al-Araji"] },
    { id: "irgc", names: ["Islamic Revolution Guards Corps", "IRGC"] },
    { id: "bush-41", names: ["George H. W. Bush"] },
    { id: "bush-43", names: ["George W. Bush"] },
    { id: "rok", names: ["Republic of Korea"] },
  ]);

  it("matches a listed alias exactly, without explanation", () => {
    expect(matcher.identify("IRGC")).toEqual({
      entity: "irgc",
      key: "entity:irgc",
      written: "IRGC",
      how: "alias",
      explanation: "",
      aliases: ["Islamic Revolution Guards Corps", "IRGC"],
    });
  });

  it("matches a normalised alias and says how", () => {
    const id = matcher.identify("MOHAMMED SHIA AL SUDANI");
    expect(id).toMatchObject({ entity: "sudani", how: "normalised" });
    expect(id.explanation).toContain("once spelling is normalised");
  });

  it("matches a transliteration of an alias and says how", () => {
    const id = matcher.identify("Qassem al-Araji");
    expect(id).toMatchObject({ entity: "araji", how: "fuzzy" });
    expect(id.explanation).toContain('"qassem"/"qasim"');
  });

  it("matches a name with a dropped middle name to the one entity it fits", () => {
    const id = matcher.identify("Mohammed al-Sudani");
    expect(id).toMatchObject({ entity: "sudani", how: "fuzzy" });
    expect(id.explanation).toBe('"Mohammed al-Sudani" is "Mohammed Shia\' Al-Sudani" without a middle name or title (entity "sudani")');
  });

  it("never identifies a surname alone, which may be anyone of that name", () => {
    expect(matcher.identify("al-Araji")).toMatchObject({ entity: null, how: "none" });
    expect(matcher.identify("HUTTON")).toMatchObject({ entity: null, how: "none" });
  });

  it("does not guess between two declared entities a name fits", () => {
    const id = matcher.identify("George Bush");
    expect(id).toMatchObject({ entity: null, how: "none" });
    expect(id.explanation).toBe('"George Bush" fits several declared entities ("bush-41", "bush-43"), so it is identified with none');
  });

  it("never takes a confusable name for a declared entity", () => {
    expect(matcher.identify("Democratic People's Republic of Korea").entity).toBeNull();
    expect(matcher.identify("George H. Bush").entity).toBeNull();
  });

  it("leaves an unknown name unmatched, keyed by its normalised spelling", () => {
    expect(matcher.identify("Fuad Hussein")).toMatchObject({ entity: null, how: "none", key: `name:${nameKey("Fuad Hussein")}` });
  });

  it("answers the same name from its cache", () => {
    expect(matcher.identify("Mohammed al-Sudani")).toBe(matcher.identify("Mohammed al-Sudani"));
  });
});

describe("blocksOf", () => {
  it("puts transliterations of a name in one block", () => {
    expect(blocksOf("Qasim al-Araji")[0]).toBe(blocksOf("Qassem Al-Araji")[0]);
    expect(blocksOf("Osama bin Laden")[0]).toBe(blocksOf("Usama bin Laden")[0]);
  });

  it("puts names run together in a shared block", () => {
    expect(blocksOf("Ban Ki-moon")[1]).toBe(blocksOf("Ban Kimoon")[1]);
  });

  it("puts names whose last words differ in different blocks", () => {
    expect(blocksOf("John Kerry")).not.toContain(blocksOf("John Kelly")[0]);
  });

  it("gives no block to a name without letters", () => {
    expect(blocksOf("—")).toEqual([]);
  });

  it("keeps every pair compareNames does not call different in a shared block", () => {
    const names = ["Mohammed Shia al-Sudani", "Muhammad al-Sudani", "Sudani", "Qasim al-Araji", "Qassem Al Araji", "Ban Ki-moon", "Ban Kimoon", "Korea", "Republic of Korea", "George Bush", "George W. Bush"];
    for (const a of names) {
      for (const b of names) {
        if (compareNames(a, b).relation === "different") continue;
        expect(blocksOf(a).some((k) => blocksOf(b).includes(k)), `${a} / ${b}`).toBe(true);
      }
    }
  });
});
