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

export type DateValue = Readonly<z.output<typeof DateValueSchema>>;
export type EntityValue = Readonly<z.output<typeof EntityValueSchema>>;
export type TextValue = Readonly<z.output<typeof TextValueSchema>>;
export type NumberValue = Readonly<z.output<typeof NumberValueSchema>>;
export type StatusValue = Readonly<z.output<typeof StatusValueSchema>>;
export type DateTimeValue = Readonly<z.output<typeof DateTimeValueSchema>>;
export type CodeValue = Readonly<z.output<typeof CodeValueSchema>>;
export type NamesValue = Readonly<Omit<z.output<typeof NamesValueSchema>, "value">> & { readonly value?: readonly string[] };
/** A claim's value, tagged by `type`. */
export type Value = Readonly<z.output<typeof ValueSchema>>;
export type ValueType = Value["type"];
export type Status = StatusValue["value"];

export type Source = Readonly<z.output<typeof SourceSchema>>;
export type Entity = Readonly<z.output<typeof EntitySchema>>;

/** How claims of one predicate are compared. */
export type PredicateSpec = Readonly<z.output<typeof PredicateSpecSchema>> & {
  /** `false` when the corpus did not declare it and its type was taken from its claims. */
  readonly declared: boolean;
};

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
