import type { Entity } from "../model/types.js";
import { compareNames, SURNAME_PARTICLES, type NameMatch } from "./compare-names.js";
import { nameKey, parseName } from "./normalize.js";
import { skeleton } from "./spelling.js";

export { compareNames, type NameMatch };

/** How an entity name was identified. Every match that is not exact says how it was made. */
export interface EntityIdentity {
  /** The corpus entity id, or `null` when the name matches no declared entity. */
  readonly entity: string | null;
  /** A stable key for clustering: `entity:<id>` or `name:<normalised key>`. */
  readonly key: string;
  /** The name as the claim wrote it. */
  readonly written: string;
  /**
   * How it was matched: `alias` (listed verbatim), `normalised` (same after normalising),
   * `fuzzy` (a transliteration, or a shorter form of one declared entity's name), or `none`.
   */
  readonly how: "alias" | "normalised" | "fuzzy" | "none";
  /** Plain-English account of a non-exact match; empty for a verbatim alias. */
  readonly explanation: string;
  /** The declared names of the entity, when there is one: a name it is compared with. */
  readonly aliases?: readonly string[];
}

interface Candidate {
  readonly alias: string;
  readonly entity: Entity;
}

/**
 * Identifies entity names against a corpus's `entities`: verbatim alias first,
 * then normalised alias, then a transliteration of an alias ("Qassem" for
 * "Qasim"), then a shorter form of exactly one entity's alias (a dropped middle
 * name: "Gabriel Márquez" for "Gabriel García Márquez"), never a surname
 * alone or a title and surname, which may be anyone of that name. Results are
 * cached per distinct name, so the cost grows with distinct names, not claims.
 *
 * Candidates are blocked by the skeleton of the name's last word, which every
 * kind of match requires to agree, so a name is compared with a handful of
 * aliases, not all.
 *
 * @example
 * ```ts
 * const matcher = new EntityMatcher([{ id: "rubaie", names: ["Qasim al-Rubaie"] }]);
 * matcher.identify("Qassem al-Rubaie").entity; // "rubaie"
 * matcher.identify("al-Rubaie").entity;        // null: a surname alone
 * ```
 */
export class EntityMatcher {
  readonly #exact = new Map<string, Entity>();
  readonly #byKey = new Map<string, Entity>();
  readonly #blocks = new Map<string, Candidate[]>();
  readonly #cache = new Map<string, EntityIdentity>();

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      for (const alias of entity.names) {
        const exact = alias.normalize("NFC").trim().toLowerCase();
        if (!this.#exact.has(exact)) this.#exact.set(exact, entity);
        const key = nameKey(alias);
        if (key !== "" && !this.#byKey.has(key)) this.#byKey.set(key, entity);
        for (const block of blocksOf(alias)) {
          const list = this.#blocks.get(block) ?? [];
          list.push({ alias, entity });
          this.#blocks.set(block, list);
        }
      }
    }
  }

  /** Identify one name (cached). */
  identify(name: string): EntityIdentity {
    const cached = this.#cache.get(name);
    if (cached) return cached;
    const identity = Object.freeze(this.#identify(name));
    this.#cache.set(name, identity);
    return identity;
  }

  #identify(written: string): EntityIdentity {
    const exact = this.#exact.get(written.normalize("NFC").trim().toLowerCase());
    if (exact !== undefined) return found(exact, written, "alias", "");
    const key = nameKey(written);
    const byKey = this.#byKey.get(key);
    if (byKey !== undefined) {
      return found(byKey, written, "normalised", `"${written}" is a name of entity "${byKey.id}" once spelling is normalised`);
    }
    const same = new Map<string, { entity: Entity; match: NameMatch }>();
    const shorter = new Map<string, { entity: Entity; alias: string }>();
    const seen = new Set<string>();
    for (const block of blocksOf(written)) {
      for (const candidate of this.#blocks.get(block) ?? []) {
        if (seen.has(candidate.alias)) continue;
        seen.add(candidate.alias);
        const match = compareNames(written, candidate.alias);
        if (match.relation === "same") same.set(candidate.entity.id, { entity: candidate.entity, match });
        else if (match.relation === "compatible" && match.finer === "second" && !shorter.has(candidate.entity.id)) shorter.set(candidate.entity.id, { entity: candidate.entity, alias: candidate.alias });
      }
    }
    // One entity, or none: a name that fits two declared entities is not guessed between.
    if (same.size === 1) {
      const [{ entity, match }] = [...same.values()] as [{ entity: Entity; match: NameMatch }];
      return found(entity, written, "fuzzy", `${match.explanation} (entity "${entity.id}")`);
    }
    if (same.size === 0 && shorter.size === 1 && namesSomeone(written)) {
      const [{ entity, alias }] = [...shorter.values()] as [{ entity: Entity; alias: string }];
      return found(entity, written, "fuzzy", `"${written}" is "${alias}" without a middle name or title (entity "${entity.id}")`);
    }
    const ambiguous = same.size > 1 ? [...same.keys()] : shorter.size > 1 && namesSomeone(written) ? [...shorter.keys()] : [];
    const explanation = ambiguous.length > 0 ? `"${written}" fits several declared entities (${ambiguous.sort().map((id) => `"${id}"`).join(", ")}), so it is identified with none` : "";
    return { entity: null, key: `name:${key || written.normalize("NFC").trim().toLowerCase()}`, written, how: "none", explanation };
  }
}

function found(entity: Entity, written: string, how: EntityIdentity["how"], explanation: string): EntityIdentity {
  return { entity: entity.id, key: `entity:${entity.id}`, written, how, explanation, aliases: entity.names };
}

/**
 * A name precise enough to be identified by a shorter form: a given name (or
 * initial) and a surname, not a surname alone ("Hutton") nor a title and a
 * surname ("President Macron"), which may be anyone of that name.
 */
function namesSomeone(name: string): boolean {
  const parsed = parseName(name);
  return parsed.tokens.filter((t) => t.kind === "word" || t.kind === "initial").length >= 2;
}

/**
 * Blocking keys of a name: the transliteration skeleton of its last word (and
 * of it with the surname particles before it: "Van Der Lans" / "Vanderlans"),
 * and of all its letters run together ("Ban Ki-moon" / "Ban Kimoon"). Every kind
 * of match needs one of them to agree, so names in different blocks are
 * different names.
 *
 * @example
 * ```ts
 * blocksOf("Qassem al-Rubaie")[0] === blocksOf("Qasim al-Rubaie")[0]; // true
 * ```
 */
export function blocksOf(name: string): string[] {
  const tokens = parseName(name).tokens;
  if (tokens.length === 0) return [];
  let head = tokens.length - 1;
  while (head > 0 && tokens[head]!.kind !== "word") head--;
  const blocks = [`h:${vowelless(tokens[head]!.text)}`, `j:${vowelless(tokens.map((t) => t.text).join(""))}`];
  // The last word with the surname particles before it run together, as some write it ("Van Der Lans" / "Vanderlans").
  let from = head;
  while (from > 0 && tokens[from - 1]!.kind === "word" && SURNAME_PARTICLES.has(tokens[from - 1]!.text)) from--;
  if (from < head) blocks.push(`h:${vowelless(tokens.slice(from, head + 1).map((t) => t.text).join(""))}`);
  return blocks;
}

/** A skeleton without vowels: spelling variants differ only in vowels once their skeletons are taken. */
function vowelless(text: string): string {
  return skeleton(text).replace(/^[aeiouy]/, "*").replace(/[aeiouy]/g, "");
}
