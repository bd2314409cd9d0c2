import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { check } from "../src/engine/check.js";
import { parseCorpus } from "../src/model/parse-corpus.js";
import type { Corpus } from "../src/model/types.js";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const BUNDLED = `${ROOT}data/iran-iraq-border-security-2023.json`;

export function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

export function fixture(name: string): unknown {
  return readJson(`${ROOT}test/fixtures/${name}`);
}

/** Parse a corpus that must be valid; fails the test with its problems otherwise. */
export function corpusOf(json: unknown): Corpus {
  const parsed = parseCorpus(json);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join("\n"));
  return parsed.corpus;
}

export function bundledReport() {
  return check(corpusOf(readJson(BUNDLED)));
}

/** A minimal valid corpus to mutate in tests. */
export function minimalCorpus(): Record<string, unknown> {
  return {
    format: "corroborate/v1",
    sources: [
      { id: "a", outlet: "Outlet A", publishedAt: "2016-04-25" },
      { id: "b", outlet: "Outlet B", publishedAt: null },
    ],
    entities: [{ id: "kerry", names: ["John Kerry"] }],
    predicates: { signedOn: { type: "date", cardinality: "one" } },
    claims: [
      { id: "a1", source: "a", subject: "paris-agreement", predicate: "signedOn", value: { type: "date", value: "2016-04-22" }, quote: "signed on April 22, 2016" },
      { id: "b1", source: "b", subject: "paris-agreement", predicate: "signedBy", value: { type: "entity", value: "John Kerry" }, quote: "Kerry signed" },
    ],
  };
}
