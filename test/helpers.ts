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

/** Every path into a JSON value (for mutation tests). */
export function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== "object") return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

/** A copy of `root` with the value at `path` replaced. */
export function replaceAt(root: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}
