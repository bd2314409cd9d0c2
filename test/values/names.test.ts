import { describe, expect, it } from "vitest";
import { EntityMatcher } from "../../src/entities/matcher.js";
import type { PredicateSpec } from "../../src/model/types.js";
import { namesValues, type ResolvedNames } from "../../src/values/names.js";
import type { ReadContext } from "../../src/values/value-module.js";

const matcher = new EntityMatcher([{ id: "who", names: ["World Health Organization", "WHO"] }]);
const ctx: ReadContext = { publishedAt: null, context: "", identify: (name) => matcher.identify(name), memo: new Map() };
const spec: PredicateSpec = { type: "names", cardinality: "one", changesOverTime: false, declared: true };
const read = (expr: string): ResolvedNames => namesValues.read({ type: "names", expr }, ctx);
const list = (...names: string[]): ResolvedNames => namesValues.read({ type: "names", value: names }, ctx);
const relation = (a: string, b: string) => namesValues.compare(read(a), read(b), spec);

describe("namesValues: reading", () => {
  it("keeps the list as written and says how it was split", () => {
    const r = read("Knuth, Donald E.; Patashnik, Oren");
    expect(namesValues.written({ type: "names", expr: "Knuth, Donald E.; Patashnik, Oren" })).toBe("Knuth, Donald E.; Patashnik, Oren");
    expect(r.written).toBe("Knuth, Donald E.; Patashnik, Oren");
    expect(namesValues.how(r)).toBe("split at ';' into 2 names, each 'Last, First'");
    expect(namesValues.failure(r)).toBeUndefined();
  });

  it("gives the names in 'First Last' form, in the order written", () => {
    expect(namesValues.canonical(read("Patashnik, Oren; Knuth, Donald E."))).toEqual(["Oren Patashnik", "Donald E. Knuth"]);
  });

  it("labels the list for a sentence", () => {
    expect(namesValues.label(read("Knuth, Donald E."))).toBe("Donald E. Knuth");
    expect(namesValues.label(read("Knuth, Donald E.; Patashnik, Oren"))).toBe("Donald E. Knuth and Oren Patashnik");
    expect(namesValues.label(read("Graham, Ronald L.; Knuth, Donald E.; Patashnik, Oren"))).toBe("Ronald L. Graham, Donald E. Knuth and Oren Patashnik");
    expect(namesValues.label(read("Christine Hofmeister, et al"))).toBe("Christine Hofmeister et al.");
  });

  it("reports a list it cannot read as a failure with the reason", () => {
    expect(namesValues.failure(read("Not Available"))).toBe("'Not Available' names no one");
    expect(namesValues.failure(read("Richard Roiger Michael Geatz"))).toContain("4 names with no separator");
  });

  it("counts a name written with its suffix in two places once", () => {
    expect(namesValues.canonical(read("Olsen Jr, Dan R.; Olsen, Dan R. Jr.; Olsen, Dan E."))).toEqual(["Dan R. Olsen Jr", "Dan E. Olsen"]);
  });

  it("counts a name and its shorter form once, keeping the fuller", () => {
    const r = read("Jennifer Golbeck, Golbeck");
    expect(namesValues.canonical(r)).toEqual(["Jennifer Golbeck"]);
    expect(namesValues.how(r)).toContain("1 name that repeats another left out");
    expect(namesValues.canonical(read("Knuth, Donald; Knuth, Donald E."))).toEqual(["Donald E. Knuth"]);
  });

  it("reads a long list in one pass, keeping exact repeats once", () => {
    const names = Array.from({ length: 2000 }, (_, i) => `Person ${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26) % 26)}${String.fromCharCode(97 + Math.floor(i / 676))}son`);
    expect(list(...names, ...names.slice(0, 10)).members).toHaveLength(2000);
  });

  it("identifies members through the corpus's entities", () => {
    expect(read("WHO").members[0]!.entity).toBe("who");
  });

  it("is shared across claims and frozen", () => {
    expect(namesValues.shareKey({ type: "names", expr: "Knuth" }, "2020")).toBe(namesValues.shareKey({ type: "names", expr: "Knuth" }, null));
    expect(Object.isFrozen(read("Knuth"))).toBe(true);
  });
});

describe("namesValues: key", () => {
  it("does not depend on order or on how each name is written", () => {
    expect(namesValues.key(read("Knuth, Donald E.; Patashnik, Oren"))).toBe(namesValues.key(read("Oren Patashnik and Donald E. Knuth")));
    expect(namesValues.key(list("Donald E. Knuth", "Oren Patashnik"))).toBe(namesValues.key(read("KNUTH, DONALD E./ PATASHNIK, OREN")));
  });

  it("tells different lists apart", () => {
    expect(namesValues.key(read("Knuth"))).not.toBe(namesValues.key(read("Knuth; Patashnik")));
    expect(namesValues.key(read("Knuth"))).not.toBe(namesValues.key(read("Knuth et al.")));
  });
});

describe("namesValues: compare", () => {
  it("calls the same set the same, however written and ordered", () => {
    expect(relation("Knuth, Donald E.; Patashnik, Oren", "Donald E. Knuth, Oren Patashnik")).toEqual({ relation: "same" });
    expect(relation("Aho, Alfred V., Lam, Monica S.", "Monica S. Lam & Alfred V. Aho")).toEqual({ relation: "same" });
    expect(relation("Pete Loshin", "Loshin, Pete")).toEqual({ relation: "same" });
  });

  it("calls a strict subset compatible, the superset finer", () => {
    expect(relation("Knuth", "Knuth and Patashnik")).toEqual({ relation: "compatible", finer: "second" });
    expect(relation("Knuth, Donald E.; Patashnik, Oren", "Patashnik, Oren")).toEqual({ relation: "compatible", finer: "first" });
  });

  it("calls initials and surnames alone compatible with the full names", () => {
    expect(relation("HUTTON", "Hutton, James")).toEqual({ relation: "compatible", finer: "second" });
    // A serial list of surnames names the same three people, not a 'Knuth Graham' no one wrote.
    expect(relation("Graham, Knuth and Patashnik", "Graham, Ronald L.; Knuth, Donald E.; Patashnik, Oren")).toEqual({ relation: "compatible", finer: "second" });
    expect(relation("Knuth, D. E.", "Knuth, Donald Ervin")).toEqual({ relation: "compatible", finer: "second" });
  });

  it("calls a list that says 'et al.' less complete than one that does not", () => {
    expect(relation("Christine Hofmeister, et al", "Hofmeister, Christine; Nord, Robert; Soni, Dilip")).toEqual({ relation: "compatible", finer: "second" });
    expect(relation("Christine Hofmeister, et al", "Christine Hofmeister")).toEqual({ relation: "compatible", finer: "second" });
  });

  it("reads a surname's particles written apart or run together as one surname, and a particle alone as no surname", () => {
    expect(relation("VANDERLANS", "Van Der Lans, Rick F.")).toEqual({ relation: "compatible", finer: "second" });
    expect(relation("Vanderlans, Rick", "Lans, Rick Van Der")).toEqual({ relation: "same" });
    expect(relation("Van Dam, Andries; Foley, James D.", "Foley, James; Vandam, Andries")).toEqual({ relation: "compatible", finer: "first" });
    // Run together or not, the particles belong to that surname only: "Van Dam" is not "Van Damme", nor "Dam" another "Van".
    expect(relation("Vandamme, Jean", "Van Dam, Jean")).toMatchObject({ relation: "different" });
    expect(relation("Van, Andries", "Van Dam, Andries")).toMatchObject({ relation: "different" });
  });

  it("is neither finer when each list says something the other does not", () => {
    expect(relation("Knuth, Donald E.", "Knuth; Patashnik")).toEqual({ relation: "compatible", finer: "neither" });
  });

  it("calls lists with conflicting members different, and counts the names that differ", () => {
    expect(relation("Knuth; Patashnik", "Knuth; Graham")).toEqual({ relation: "different", distance: { amount: 1, unit: "name", text: "1 name" } });
    expect(relation("Aho; Sethi; Ullman", "Hopcroft; Motwani; Ullman")).toEqual({ relation: "different", distance: { amount: 2, unit: "name", text: "2 names" } });
    expect(relation("Hutton, James", "Hutton, Will")).toMatchObject({ relation: "different" });
  });

  it("never merges confusable names", () => {
    expect(relation("Bush, George W.", "Bush, George H. W.")).toMatchObject({ relation: "different" });
    expect(relation("Kerry, John", "Kelly, John")).toMatchObject({ relation: "different" });
  });

  it("takes a name whose order was a guess as possibly the other read the other way round", () => {
    expect(relation("Seacord Robert", "Seacord, Robert C.")).toEqual({ relation: "compatible", finer: "neither" });
    expect(relation("Rector Brent & Newcomer Joseph", "Brent E. Rector, Joseph M. Newcomer")).toEqual({ relation: "compatible", finer: "neither" });
  });

  it("compares declared entities by id", () => {
    expect(relation("WHO; UNICEF", "World Health Organization; UNICEF")).toEqual({ relation: "same" });
  });

  it("is symmetric", () => {
    const pairs: [string, string][] = [
      ["Knuth", "Knuth and Patashnik"],
      ["Knuth; Patashnik", "Knuth; Graham"],
      ["Christine Hofmeister, et al", "Christine Hofmeister"],
    ];
    for (const [a, b] of pairs) {
      const ab = relation(a, b);
      const ba = relation(b, a);
      expect(ba.relation).toBe(ab.relation);
      if (ab.relation === "compatible" && ba.relation === "compatible") {
        expect(ba.finer).toBe(ab.finer === "first" ? "second" : ab.finer === "second" ? "first" : "neither");
      }
    }
  });
});

describe("namesValues: support", () => {
  const support = (a: string, b: string) => namesValues.support(read(a), read(b), spec);

  it("is 1 for the same list and 0 for a conflicting one", () => {
    expect(support("Knuth, Donald E.; Patashnik, Oren", "Donald E. Knuth and Oren Patashnik")).toBe(1);
    expect(support("Knuth; Patashnik", "Knuth; Graham")).toBe(0);
  });

  it("from a subset, is the share of the superset's members it confirms", () => {
    expect(support("Knuth, Donald E.", "Graham, Ronald L.; Knuth, Donald E.; Patashnik, Oren")).toBeCloseTo(1 / 3);
  });

  it("from a superset, is nothing: a list that names someone more says the shorter one left someone out", () => {
    expect(support("Graham, Ronald L.; Knuth, Donald E.; Patashnik, Oren", "Knuth, Donald E.")).toBe(0);
    expect(support("Knuth, Donald E.; Patashnik, Oren", "Donald Knuth")).toBe(0);
  });

  it("from the same members written more fully, is whole: the fuller names confirm the shorter ones", () => {
    expect(support("Knuth, Donald E.; Patashnik, Oren", "Knuth; Patashnik")).toBe(1);
  });

  it("counts a member named less fully as a part", () => {
    expect(support("Knuth; Patashnik, Oren", "Knuth, Donald E.; Patashnik, Oren")).toBe(0.75);
  });
});

describe("namesValues: combine", () => {
  const combine = (exprs: readonly string[], counts: readonly number[]) => namesValues.label(namesValues.combine(exprs.map(read), counts, spec));

  it("stands for the most complete list: every list of the cluster allows it", () => {
    expect(combine(["Knuth", "Knuth, Donald E.; Patashnik, Oren", "Patashnik"], [5, 1, 2])).toBe("Donald E. Knuth and Oren Patashnik");
    expect(combine(["Brundage, Michael", "Peterson, Paul; Brundage, Michael"], [27, 2])).toBe("Paul Peterson and Michael Brundage");
  });

  it("among lists as complete, the most fully written, then the most common", () => {
    expect(combine(["Knuth; Patashnik", "Knuth, Donald E.; Patashnik, Oren"], [9, 1])).toBe("Donald E. Knuth and Oren Patashnik");
    expect(combine(["Patashnik, Oren; Knuth, Donald E.", "Knuth, Donald E.; Patashnik, Oren"], [1, 3])).toBe("Donald E. Knuth and Oren Patashnik");
  });

  it("does not depend on the order of the readings", () => {
    const exprs = ["Patashnik, Oren; Knuth, Donald E.", "Knuth, Donald E.; Patashnik, Oren", "Donald E. Knuth, Oren Patashnik"];
    const first = namesValues.combine(exprs.map(read), [1, 1, 1], spec).written;
    expect(namesValues.combine([...exprs].reverse().map(read), [1, 1, 1], spec).written).toBe(first);
  });
});

describe("namesValues: blocks", () => {
  const share = (a: string, b: string) => namesValues.blocks!(read(a), spec).some((k) => namesValues.blocks!(read(b), spec).includes(k));

  it("puts lists that share a member in a shared block, and others apart", () => {
    expect(share("Knuth", "Patashnik, Oren; Knuth, Donald E.")).toBe(true);
    expect(share("Aho; Lam", "Knuth; Patashnik")).toBe(false);
    expect(share("Vanderlans", "Van Der Lans, Rick")).toBe(true);
  });
});
