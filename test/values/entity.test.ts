import { describe, expect, it } from "vitest";
import { EntityMatcher } from "../../src/entities/matcher.js";
import type { PredicateSpec } from "../../src/model/types.js";
import { entityValues, type ResolvedEntity } from "../../src/values/entity.js";
import type { ReadContext } from "../../src/values/value-module.js";

const matcher = new EntityMatcher([
  { id: "rubaie", names: ["Qasim al-Rubaie"] },
  { id: "bush-41", names: ["George H. W. Bush", "George Bush Sr."] },
  { id: "bush-43", names: ["George W. Bush"] },
  { id: "irgc", names: ["Islamic Revolutionary Guard Corps", "IRGC"] },
]);
const ctx: ReadContext = { publishedAt: null, context: "", identify: (name) => matcher.identify(name), memo: new Map() };
const spec: PredicateSpec = { type: "entity", cardinality: "one", changesOverTime: false, declared: true };
const read = (name: string): ResolvedEntity => entityValues.read({ type: "entity", value: name }, ctx);
const relation = (a: string, b: string) => entityValues.compare(read(a), read(b), spec);

describe("entityValues: reading", () => {
  it("identifies a name through the corpus's entities first", () => {
    const r = read("Qassem al-Rubaie");
    expect(r).toMatchObject({ type: "entity", written: "Qassem al-Rubaie", identity: { entity: "rubaie", how: "fuzzy" } });
    expect(entityValues.key(r)).toBe("entity:rubaie");
    expect(entityValues.canonical(r)).toBe("rubaie");
    expect(entityValues.how(r)).toContain("transliteration");
  });

  it("keeps a name no entity declares as written", () => {
    const r = read("Fuad Hussein");
    expect(entityValues.canonical(r)).toBe("Fuad Hussein");
    expect(entityValues.label(r)).toBe("Fuad Hussein");
    expect(entityValues.how(r)).toBeUndefined();
    expect(entityValues.failure(r)).toBeUndefined();
  });

  it("says a value without letters cannot be read as a name", () => {
    expect(entityValues.failure(read("—"))).toBe("'—' has no letters to read as a name");
  });

  it("is shared across claims: identification does not depend on the claim", () => {
    expect(entityValues.shareKey({ type: "entity", value: "IRGC" }, "2024-01-01")).toBe(entityValues.shareKey({ type: "entity", value: "IRGC" }, null));
  });

  it("returns a frozen value", () => {
    expect(Object.isFrozen(read("IRGC"))).toBe(true);
  });
});

describe("entityValues: compare", () => {
  it("calls two names of one declared entity the same, however unlike", () => {
    expect(relation("IRGC", "Islamic Revolutionary Guard Corps")).toEqual({ relation: "same" });
  });

  it("never merges two declared entities, however alike", () => {
    expect(relation("George W. Bush", "George H. W. Bush")).toEqual({ relation: "different" });
    expect(relation("George Bush Sr.", "George W. Bush")).toEqual({ relation: "different" });
  });

  it("compares an undeclared name with every alias of a declared entity", () => {
    expect(relation("Rubaie", "Qasim al-Rubaie")).toEqual({ relation: "compatible", finer: "second" });
    expect(relation("Qasim al-Rubaie", "Rubaie")).toEqual({ relation: "compatible", finer: "first" });
    expect(relation("Republican Guard", "IRGC")).toEqual({ relation: "different" });
  });

  it("compares undeclared names by spelling, token by token", () => {
    expect(relation("Ban Ki-moon", "Ban Ki Moon")).toEqual({ relation: "same" });
    expect(relation("Gabriel Márquez", "Gabriel García Márquez")).toEqual({ relation: "compatible", finer: "second" });
    expect(relation("John Kerry", "John Kelly")).toEqual({ relation: "different" });
    expect(relation("Congo", "DR Congo")).toEqual({ relation: "different" });
  });

  it("calls a surname alone compatible with anyone of that name, never the same", () => {
    expect(relation("HUTTON", "James Hutton")).toEqual({ relation: "compatible", finer: "second" });
    expect(relation("HUTTON", "Will Hutton")).toEqual({ relation: "compatible", finer: "second" });
    expect(relation("James Hutton", "Will Hutton")).toEqual({ relation: "different" });
  });
});

describe("entityValues: support", () => {
  const support = (a: string, b: string) => entityValues.support(read(a), read(b), spec);

  it("is 1 for the same entity, 0 for another", () => {
    expect(support("Qassem al-Rubaie", "Qasim al-Rubaie")).toBe(1);
    expect(support("John Kerry", "John Kelly")).toBe(0);
  });

  it("is 1 from a more specific name and a part from a less specific one", () => {
    expect(support("Gabriel García Márquez", "Gabriel Márquez")).toBe(1);
    expect(support("Gabriel Márquez", "Gabriel García Márquez")).toBe(0.5);
  });
});

describe("entityValues: combine", () => {
  const combine = (names: readonly string[], counts: readonly number[]) =>
    entityValues.combine(names.map(read), counts, spec).written;

  it("prefers the declared entity", () => {
    expect(combine(["Rubaie", "Qassem al-Rubaie"], [5, 1])).toBe("Qassem al-Rubaie");
  });

  it("else the most specific name, then the most common spelling", () => {
    expect(combine(["Gabriel Márquez", "Gabriel García Márquez"], [3, 1])).toBe("Gabriel García Márquez");
    expect(combine(["Ban Ki Moon", "Ban Ki-moon"], [1, 2])).toBe("Ban Ki-moon");
  });

  it("does not depend on the order of the readings", () => {
    const names = ["Mohammad Ali", "Muhammad Ali", "Mohammed Ali"];
    const first = combine(names, [1, 1, 1]);
    expect(combine([...names].reverse(), [1, 1, 1])).toBe(first);
    expect(combine([names[1]!, names[2]!, names[0]!], [1, 1, 1])).toBe(first);
  });
});

describe("entityValues: blocks", () => {
  const blocks = (name: string) => entityValues.blocks!(read(name), spec);
  const share = (a: string, b: string) => blocks(a).some((k) => blocks(b).includes(k));

  it("puts a declared entity and the short forms of its aliases in a shared block", () => {
    expect(share("Rubaie", "Qasim al-Rubaie")).toBe(true);
    expect(share("Islamic Revolutionary Guard Corps", "IRGC")).toBe(true);
  });

  it("puts names with different last words apart", () => {
    expect(share("John Kerry", "John Kelly")).toBe(false);
  });
});
