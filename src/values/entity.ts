/**
 * `entity` values: one person, place or organisation, named as the source
 * names it ("Qasim al-Rubaie", "the IRGC", "DR Congo").
 *
 * A name is identified first against the corpus's declared entities (their
 * aliases decide: two names of one declared entity are the same, names of two
 * declared entities are different, however alike they look); a name no entity
 * declares is compared by spelling, token by token (see `compareNames`): a
 * transliteration is the same name, a dropped middle name or a surname alone
 * is compatible and less specific, a different initial, surname or
 * distinguishing word ("North", "Democratic", "Jr.") is another entity.
 */
import { blocksOf, compareNames, type EntityIdentity, type NameMatch } from "../entities/matcher.js";
import { parseName } from "../entities/normalize.js";
import { COARSER_SUPPORT } from "./date.js";
import type { ResolvedBase, ValueModule, ValueRelation } from "./value-module.js";

/** An entity value as the engine resolved it. */
export interface ResolvedEntity extends ResolvedBase<"entity"> {
  /** Who the name was identified as, and how. */
  readonly identity: EntityIdentity;
}

/** The relations in order of strength, to keep the strongest of several comparisons. */
const STRENGTH = { different: 0, compatible: 1, same: 2 } as const;

/**
 * How a name no entity declares relates to a declared entity: its strongest
 * relation to any of the entity's names (the one it was identified by included).
 */
function againstEntity(name: string, entity: ResolvedEntity): NameMatch {
  let best: NameMatch | undefined;
  for (const alias of [entity.written, ...(entity.identity.aliases ?? [])]) {
    const match = compareNames(name, alias);
    if (best === undefined || STRENGTH[match.relation] > STRENGTH[best.relation]) best = match;
  }
  return best!;
}

function relationOf(match: NameMatch): ValueRelation {
  if (match.relation === "same") return { relation: "same" };
  if (match.relation === "compatible") return { relation: "compatible", finer: match.finer ?? "neither" };
  return { relation: "different" };
}

/** With `a` and `b` swapped: "first" becomes "second". */
function swapped(relation: ValueRelation): ValueRelation {
  if (relation.relation !== "compatible" || relation.finer === "neither") return relation;
  return { relation: "compatible", finer: relation.finer === "first" ? "second" : "first" };
}

/**
 * How two entity values relate: declared entities by id; a declared entity
 * and an undeclared name by the name against every alias of the entity (an
 * entity is at least as specific as a name that is a short form of it); two
 * undeclared names by spelling.
 *
 * @example
 * ```ts
 * compareEntities(read("George W. Bush"), read("George H. W. Bush")); // { relation: "different" }
 * ```
 */
export function compareEntities(a: ResolvedEntity, b: ResolvedEntity): ValueRelation {
  const ea = a.identity.entity;
  const eb = b.identity.entity;
  if (ea !== null && eb !== null) return ea === eb ? { relation: "same" } : { relation: "different" };
  if (ea !== null) return swapped(relationOf(againstEntity(b.written, a)));
  if (eb !== null) return relationOf(againstEntity(a.written, b));
  return relationOf(compareNames(a.written, b.written));
}

/** How much a name says: its given names, initials, distinguishing and formal words. */
function specificity(r: ResolvedEntity): number {
  return parseName(r.written).tokens.length;
}

export const entityValues: ValueModule<"entity", ResolvedEntity> = {
  type: "entity",
  written: (value) => value.value,
  // Identification depends on the corpus's entities only, never on the claim.
  shareKey: (value) => `entity\u0000${value.value}`,
  read: (value, ctx) => Object.freeze({ type: "entity", written: value.value, identity: ctx.identify(value.value) }),
  failure: (r) => (r.identity.entity === null && parseName(r.written).tokens.length === 0 ? `'${r.written}' has no letters to read as a name` : undefined),
  how: (r) => r.identity.explanation || undefined,
  key: (r) => r.identity.key,
  canonical: (r) => r.identity.entity ?? r.written,
  label: (r) => r.written,
  compare: (a, b) => compareEntities(a, b),
  support(a, b) {
    const relation = compareEntities(a, b);
    if (relation.relation === "same") return 1;
    if (relation.relation === "different") return 0;
    // "George W. Bush" confirms "Bush"; "Bush" only lends part of its weight to "George W. Bush".
    return relation.finer === "first" ? 1 : COARSER_SUPPORT;
  },
  combine(readings, counts) {
    // The declared entity if any; else the most specific name, then the most common, then the first in code-point order.
    let best = 0;
    for (let i = 1; i < readings.length; i++) {
      const r = readings[i]!;
      const b = readings[best]!;
      const d =
        Number(r.identity.entity !== null) - Number(b.identity.entity !== null) ||
        specificity(r) - specificity(b) ||
        counts[i]! - counts[best]!;
      if (d > 0 || (d === 0 && r.written < b.written)) best = i;
    }
    return readings[best]!;
  },
  blocks(r) {
    // A declared entity meets every name that may be a form of one of its aliases.
    const names = [r.written, ...(r.identity.aliases ?? [])];
    const keys = new Set(names.flatMap(blocksOf));
    if (r.identity.entity !== null) keys.add(r.identity.key);
    return [...keys];
  },
};
