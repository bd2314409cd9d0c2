/**
 * The converter: raw claims (cells as written) as a corroborate corpus. It
 * declares each column's type and nothing more — the library does the
 * reading: flight times are `datetime` expressions anchored on the flight's
 * day, gates `code`, author lists `names` expressions. Sources are the sites
 * or stores; subjects the flight@day or the ISBN; the quote is the cell as
 * written, HTML entities and all.
 */
import type { CorpusInput, Value } from "../../src/index.js";
import type { RawClaim } from "./claims.js";
import { FLIGHT_ATTRIBUTES, isTimeAttribute } from "./data.js";

type PredicateInput = NonNullable<CorpusInput["predicates"]>[string];

/**
 * A corpus of raw claims: sources in order of first appearance, claims in
 * the order given.
 *
 * @example
 * toCorpus("Flights", claims, FLIGHT_PREDICATES, flightValue);
 */
export function toCorpus(title: string, claims: readonly RawClaim[], predicates: Readonly<Record<string, PredicateInput>>, valueOf: (claim: RawClaim) => Value): CorpusInput {
  const sources = new Map<string, { id: string; outlet: string }>();
  for (const c of claims) if (!sources.has(c.source)) sources.set(c.source, { id: c.source, outlet: c.source });
  return {
    format: "corroborate/v1",
    title,
    sources: [...sources.values()],
    predicates: { ...predicates },
    claims: claims.map((c) => ({ id: c.id, source: c.source, subject: c.subject, predicate: c.predicate, value: valueOf(c), quote: c.written })),
  };
}

/** The six flight columns: four times, two gates; one true value each. */
export const FLIGHT_PREDICATES: Readonly<Record<string, PredicateInput>> = Object.fromEntries(
  FLIGHT_ATTRIBUTES.map((a) => [a, { type: isTimeAttribute(a) ? "datetime" : "code", cardinality: "one" } as PredicateInput]),
);

/** A flight cell as a value: a time as written, read against the flight's day; a gate as written. */
export function flightValue(claim: RawClaim): Value {
  return isTimeAttribute(claim.predicate as (typeof FLIGHT_ATTRIBUTES)[number])
    ? { type: "datetime", expr: claim.written, ...(claim.anchor !== undefined && { anchor: claim.anchor }) }
    : { type: "code", value: claim.written };
}

/** The book column: the author list, one true list per book. */
export const BOOK_PREDICATES: Readonly<Record<string, PredicateInput>> = { authors: { type: "names", cardinality: "one" } };

/** An author cell as a value: the list as written. */
export function bookValue(claim: RawClaim): Value {
  return { type: "names", expr: claim.written };
}
