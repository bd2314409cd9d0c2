import { EntityMatcher } from "../entities/matcher.js";
import type { Corpus, Source, Value } from "../model/types.js";
import { moduleFor, type ResolvedValue } from "../values/index.js";
import type { ReadContext } from "../values/value-module.js";
import type { ResolvedClaim } from "./types.js";

/**
 * Reads values for one check: each value through its type's module, each
 * distinct value once. A million claims hold a few thousand distinct dates,
 * names and gates, not a million: a reading that does not depend on its claim
 * (the module's `shareKey`) is shared by every claim that carries the value.
 */
export class ValueReader {
  readonly matcher: EntityMatcher;
  readonly #shared = new Map<string, ResolvedValue>();
  readonly #memo = new Map<string, unknown>();
  readonly #identify: ReadContext["identify"];

  constructor(corpus: Pick<Corpus, "entities">) {
    this.matcher = new EntityMatcher(corpus.entities);
    this.#identify = (name) => this.matcher.identify(name);
  }

  /**
   * Read one value as a claim of `source` states it, with `context` (its
   * quote) for readings that depend on the words around them. Frozen.
   */
  read(value: Value, source: Pick<Source, "publishedAt">, context: string): ResolvedValue {
    const module = moduleFor(value.type);
    const publishedAt = source.publishedAt ?? null;
    const share = module.shareKey(value, publishedAt);
    const key = share === undefined ? undefined : `${value.type}\u0000${share}`;
    if (key !== undefined) {
      const shared = this.#shared.get(key);
      if (shared) return shared;
    }
    const resolved = Object.freeze(module.read(value, { publishedAt, context, identify: this.#identify, memo: this.#memo }));
    if (key !== undefined) this.#shared.set(key, resolved);
    return resolved;
  }
}

/**
 * Resolve every claim's value and time once: the value through its type's
 * module, `asOf` as a date (else the source's publication date). Resolved
 * claims are frozen: rules read them and must never change them. Each claim's
 * `index` is its position in the whole corpus: `positions[i]` for a partition
 * of it, else `i`.
 */
export function resolveClaims(corpus: Corpus, positions?: readonly number[]): { claims: readonly ResolvedClaim[]; reader: ValueReader } {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const reader = new ValueReader(corpus);
  const claims = corpus.claims.map((claim, i): ResolvedClaim => {
    const source = sources.get(claim.source)!;
    const value = reader.read(claim.value, source, claim.quote);
    return Object.freeze({ claim, index: positions ? positions[i]! : i, source, value, ...resolveAsOf(claim.asOf, source, claim.quote, reader) });
  });
  return { claims: Object.freeze(claims), reader };
}

/** When a claim held: its `asOf` resolved (with how, when in words), else its source's publication date. */
function resolveAsOf(asOf: Value | undefined, source: Source, quote: string, reader: ValueReader): Pick<ResolvedClaim, "asOf" | "asOfResolution"> {
  if (asOf !== undefined && asOf.type === "date") {
    const resolved = reader.read(asOf, source, quote);
    if (resolved.type !== "date") return { asOf: undefined };
    return { asOf: resolved.interval, ...(resolved.resolution && { asOfResolution: resolved.resolution }) };
  }
  if (!source.publishedAt) return { asOf: undefined };
  const published = reader.read({ type: "date", value: source.publishedAt }, source, "");
  return { asOf: published.type === "date" ? published.interval : undefined };
}

/** The value as its source wrote it. */
export function writtenValue(value: Value): string {
  return moduleFor(value.type).written(value);
}
