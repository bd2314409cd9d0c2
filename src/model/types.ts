import type * as z from "zod/mini";
import type {
  ClaimSchema,
  CorpusSchema,
  CodeValueSchema,
  DateTimeValueSchema,
  DateValueSchema,
  EntitySchema,
  EntityValueSchema,
  NamesValueSchema,
  NumberValueSchema,
  PredicateSpecSchema,
  SourceSchema,
  StatusValueSchema,
  TextValueSchema,
  ValueSchema,
} from "./schema.js";

/** A corpus document as written (the input of {@link parseCorpus}). */
export type CorpusInput = z.input<typeof CorpusSchema>;

/** A date: an ISO partial date (`value`) or words (`expr`) read against an anchor or the publication date. */
export type DateValue = Readonly<z.output<typeof DateValueSchema>>;
/** A person, organisation or place, by name. */
export type EntityValue = Readonly<z.output<typeof EntityValueSchema>>;
/** Wording, compared once case and punctuation are set aside. */
export type TextValue = Readonly<z.output<typeof TextValueSchema>>;
/** A number, with an optional unit. */
export type NumberValue = Readonly<z.output<typeof NumberValueSchema>>;
/** Where a subject is in its lifecycle: `not-started`, `in-progress` or `complete`. */
export type StatusValue = Readonly<z.output<typeof StatusValueSchema>>;
/** A time of day on a date: ISO 8601 (`value`, optional IANA `zone`) or as written (`expr`). */
export type DateTimeValue = Readonly<z.output<typeof DateTimeValueSchema>>;
/** An identifier: a gate, a flight or case number, an ISBN. */
export type CodeValue = Readonly<z.output<typeof CodeValueSchema>>;
/** A list of people or organisations: as a list (`value`) or as written (`expr`). */
export type NamesValue = Readonly<Omit<z.output<typeof NamesValueSchema>, "value">> & { readonly value?: readonly string[] };
/** A claim's value, tagged by `type`. */
export type Value = Readonly<z.output<typeof ValueSchema>>;
/** The type tag of a value. */
export type ValueType = Value["type"];
/** A lifecycle status. */
export type Status = StatusValue["value"];

/** A source of claims (see SourceSchema). */
export type Source = Readonly<z.output<typeof SourceSchema>>;
/** An entity and its names (see EntitySchema). */
export type Entity = Readonly<z.output<typeof EntitySchema>>;

/** How claims of one predicate are compared. */
export type PredicateSpec = Readonly<z.output<typeof PredicateSpecSchema>> & {
  /** `false` when the corpus did not declare it and its type was taken from its claims. */
  readonly declared: boolean;
};

/** One claim, as validated (see ClaimSchema). */
export type Claim = Readonly<Omit<z.output<typeof ClaimSchema>, "qualifiers">> & {
  readonly qualifiers?: Readonly<Record<string, Value>>;
};

/**
 * A validated corpus: every id unique, every reference resolved, every
 * predicate known (declared or inferred). Deeply frozen; maps have no prototype,
 * so a predicate called `constructor` is just a predicate.
 */
export interface Corpus {
  readonly format: "corroborate/v1";
  readonly title?: string;
  readonly description?: string;
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly predicates: Readonly<Record<string, PredicateSpec>>;
  readonly claims: readonly Claim[];
}
