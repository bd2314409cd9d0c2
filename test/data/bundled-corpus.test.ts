import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Corpus } from "../../src/model/types.js";
import { BUNDLED, corpusOf, readJson, ROOT } from "../helpers.js";

const corpus: Corpus = corpusOf(readJson(BUNDLED));
const SEEDS = `${ROOT}../shared/seeds/`;
const seedOf: Record<string, string> = {
  menafn: "000_eff91ffed36c4c32.txt",
  xinhua: "001_f52a921731ac35cc.txt",
  tasnim: "002_474c2d2ee6d68b1b.txt",
  "tehran-times": "003_427cd94a8252ce8f.txt",
  "repost-2023": "004_fa1c7ddbb58406ee.txt",
};

describe("the bundled corpus", () => {
  it("has the five sources of the seed articles, with their publication dates", () => {
    expect(corpus.sources.map((s) => [s.id, s.publishedAt])).toEqual([
      ["menafn", "2024-09-11"],
      ["xinhua", "2024-11-12"],
      ["tasnim", "2023-09"],
      ["tehran-times", null],
      ["repost-2023", "2023-03"],
    ]);
  });

  it("says for every source how its publication date is known", () => {
    for (const s of corpus.sources) expect(s.note, s.id).toMatch(/stated|inferred|known to the month|unknown/);
  });

  it("holds at least 40 claims", () => {
    expect(corpus.claims.length).toBeGreaterThanOrEqual(40);
  });

  it("says why for every hedged claim", () => {
    for (const c of corpus.claims.filter((c) => c.hedged)) expect(c.note, c.id).toMatch(/inference|second-hand/);
  });

  it("gives the signing date in every form the articles use", () => {
    const forms = corpus.claims.filter((c) => c.predicate === "signedOn").map((c) => (c.value.type === "date" ? c.value.expr : undefined));
    for (const form of ["March 19, 2023", "March 2023", "in March", "March last year", "on Sunday"]) expect(forms).toContain(form);
  });

  it.skipIf(!existsSync(SEEDS))("quotes every article verbatim (`...` only between quoted parts)", () => {
    const misquotes: string[] = [];
    for (const c of corpus.claims) {
      const text = readFileSync(SEEDS + seedOf[c.source]!, "utf8");
      let from = 0;
      for (const part of c.quote.split(" ... ")) {
        const at = text.indexOf(part, from);
        if (at < 0) {
          misquotes.push(`${c.id}: "${part}"`);
          break;
        }
        from = at + part.length;
      }
    }
    expect(misquotes).toEqual([]);
  });
});

describe("the bundled corpus's source metadata", () => {
  it.skipIf(!existsSync(SEEDS))("takes every title from its article's own headline", () => {
    for (const s of corpus.sources) {
      if (s.title === undefined) continue;
      expect(readFileSync(SEEDS + seedOf[s.id]!, "utf8"), s.id).toContain(s.title);
    }
  });
});
