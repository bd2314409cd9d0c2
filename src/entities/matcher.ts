import levenshtein from "fast-levenshtein";
import type { Entity } from "../model/types.js";
import { nameKey, nameTokens, tokenKey } from "./normalize.js";

/** How an entity name was identified. Every match that is not exact says how it was made. */
export interface EntityIdentity {
  /** The corpus entity id, or `null` when the name matches no declared entity. */
  readonly entity: string | null;
  /** A stable key for clustering: `entity:<id>` or `name:<normalised key>`. */
  readonly key: string;
  /** The name as the claim wrote it. */
  readonly written: string;
  /** How it was matched: `alias` (listed verbatim), `normalised` (same after normalising), `fuzzy`, or `none`. */
  readonly how: "alias" | "normalised" | "fuzzy" | "none";
  /** Plain-English account of a non-exact match; empty for a verbatim alias. */
  readonly explanation: string;
}

/** The outcome of comparing two names. */
export interface NameMatch {
  readonly same: boolean;
  readonly how: "identical" | "normalised" | "shortened" | "spelling" | "different";
  readonly explanation: string;
}

function tokensAlike(a: string, b: string): boolean {
  if (a === b) return true;
  const ka = tokenKey(a);
  const kb = tokenKey(b);
  if (ka === kb) return true;
  const shorter = Math.min(ka.length, kb.length);
  return shorter >= 5 && levenshtein.get(ka, kb) <= 1;
}

/**
 * Compare two names as written. Same after normalising (case, diacritics,
 * apostrophes, al-/el-, titles, transliteration); the same person with a middle
 * name dropped ("Gabriel Márquez" ⊂ "Gabriel García Márquez": at least two
 * names, the last one shared, in order); or a spelling variant within a
 * length-aware edit distance (one edit per eight letters, at least one).
 *
 * @example
 * ```ts
 * compareNames("Gabriel García Márquez", "Gabriel Marquez").same; // true
 * compareNames("Laurent Fabius", "Ségolène Royal").same;                 // false
 * ```
 */
export function compareNames(a: string, b: string): NameMatch {
  const key = `${a}\u0000${b}`;
  let match = comparisons.get(key);
  if (match === undefined) {
    match = compareNamesUncached(a, b);
    // A pure function's memo, bounded so a stream of distinct names cannot grow it without end.
    if (comparisons.size >= MEMO_LIMIT) comparisons.clear();
    comparisons.set(key, match);
  }
  return match;
}

const MEMO_LIMIT = 100_000;
const comparisons = new Map<string, NameMatch>();

function compareNamesUncached(a: string, b: string): NameMatch {
  if (a === b) return { same: true, how: "identical", explanation: "" };
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return { same: false, how: "different", explanation: "" };
  const ka = ta.map(tokenKey).join(" ");
  const kb = tb.map(tokenKey).join(" ");
  if (ka === kb) {
    return { same: true, how: "normalised", explanation: `"${a}" and "${b}" are the same name once case, accents, apostrophes, articles and transliteration are set aside` };
  }
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (short.length >= 2 && short.length < long.length && tokensAlike(short.at(-1)!, long.at(-1)!)) {
    let j = 0;
    for (const token of long) if (j < short.length && tokensAlike(short[j]!, token)) j++;
    if (j === short.length) {
      return { same: true, how: "shortened", explanation: `"${short === ta ? a : b}" is "${long === tb ? b : a}" without a middle name or title` };
    }
  }
  if (ta.length === tb.length && ta.every((t, i) => tokensAlike(t, tb[i]!))) {
    return { same: true, how: "spelling", explanation: `"${a}" and "${b}" differ only in the spelling of a name` };
  }
  const limit = Math.max(1, Math.floor(Math.min(ka.length, kb.length) / 8));
  const distance = levenshtein.get(ka, kb);
  if (distance <= limit && Math.min(ka.length, kb.length) >= 6) {
    return { same: true, how: "spelling", explanation: `"${a}" and "${b}" are ${distance} edit${distance === 1 ? "" : "s"} apart after normalising` };
  }
  return { same: false, how: "different", explanation: "" };
}

/**
 * Identifies entity names against a corpus's `entities`: verbatim alias first,
 * then normalised alias, then fuzzy match against aliases. Results are cached
 * per distinct name, so the cost grows with distinct names, not claims.
 *
 * Fuzzy candidates are blocked by the key of the name's last token, which every
 * kind of match requires to agree, so a name is compared with a handful of
 * aliases, not all.
 */
export class EntityMatcher {
  readonly #exact = new Map<string, string>();
  readonly #byKey = new Map<string, string>();
  readonly #blocks = new Map<string, { alias: string; entity: string }[]>();
  readonly #cache = new Map<string, EntityIdentity>();

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      for (const alias of entity.names) {
        this.#exact.set(alias.normalize("NFC").trim().toLowerCase(), entity.id);
        const key = nameKey(alias);
        if (key !== "" && !this.#byKey.has(key)) this.#byKey.set(key, entity.id);
        for (const block of blocksOf(alias)) {
          const list = this.#blocks.get(block) ?? [];
          list.push({ alias, entity: entity.id });
          this.#blocks.set(block, list);
        }
      }
    }
  }

  /** Identify one name (cached). */
  identify(name: string): EntityIdentity {
    const cached = this.#cache.get(name);
    if (cached) return cached;
    const identity = this.#identify(name);
    this.#cache.set(name, identity);
    return identity;
  }

  #identify(written: string): EntityIdentity {
    const exact = this.#exact.get(written.normalize("NFC").trim().toLowerCase());
    if (exact !== undefined) return { entity: exact, key: `entity:${exact}`, written, how: "alias", explanation: "" };
    const key = nameKey(written);
    const byKey = this.#byKey.get(key);
    if (byKey !== undefined) {
      return { entity: byKey, key: `entity:${byKey}`, written, how: "normalised", explanation: `"${written}" is a name of entity "${byKey}" once spelling is normalised` };
    }
    const seen = new Set<string>();
    for (const block of blocksOf(written)) {
      for (const candidate of this.#blocks.get(block) ?? []) {
        if (seen.has(candidate.alias)) continue;
        seen.add(candidate.alias);
        const match = compareNames(written, candidate.alias);
        if (match.same) {
          return { entity: candidate.entity, key: `entity:${candidate.entity}`, written, how: "fuzzy", explanation: `${match.explanation} (entity "${candidate.entity}")` };
        }
      }
    }
    return { entity: null, key: `name:${key || written.toLowerCase()}`, written, how: "none", explanation: "" };
  }
}

/**
 * Blocking keys of a name: the first three letters of its last token's key.
 * Every kind of match (same key, dropped middle name, spelling variant) needs
 * the last names to agree, so names in different blocks never match.
 */
export function blocksOf(name: string): string[] {
  const tokens = nameTokens(name);
  if (tokens.length === 0) return [];
  return [`l:${tokenKey(tokens.at(-1)!).slice(0, 3)}`];
}
