/**
 * The value types and their modules: the one place that maps a `type` to the
 * code that knows it. See value-module.ts for what a module owns.
 */
import type { ValueType } from "../model/types.js";
import { codeValues, type ResolvedCode } from "./code.js";
import { dateValues, type ResolvedDateValue } from "./date.js";
import { numberValues, type ResolvedNumber } from "./number.js";
import { datetimeValues, type ResolvedDateTime } from "./datetime.js";
import { entityValues, type ResolvedEntity } from "./entity.js";
import { namesValues, type ResolvedNames } from "./names.js";
import { statusValues, type ResolvedStatus } from "./status.js";
import { textValues, type ResolvedText } from "./text.js";
import type { ValueModule } from "./value-module.js";

/** Each value type's resolved value. */
export interface ResolvedValues {
  readonly date: ResolvedDateValue;
  readonly datetime: ResolvedDateTime;
  readonly entity: ResolvedEntity;
  readonly names: ResolvedNames;
  readonly code: ResolvedCode;
  readonly text: ResolvedText;
  readonly number: ResolvedNumber;
  readonly status: ResolvedStatus;
}

/** A claim's value after resolution, computed once by the engine: a union tagged by `type`. */
export type ResolvedValue = ResolvedValues[ValueType];

/** The module of each value type. */
export const VALUE_MODULES: { readonly [T in ValueType]: ValueModule<T, ResolvedValues[T]> } = Object.freeze({
  date: dateValues,
  datetime: datetimeValues,
  entity: entityValues,
  names: namesValues,
  code: codeValues,
  text: textValues,
  number: numberValues,
  status: statusValues,
});

/**
 * The module that knows values of a type.
 *
 * @example
 * ```ts
 * valueModule("date").label(resolved); // "19 March 2023"
 * ```
 */
export function valueModule<T extends ValueType>(type: T): ValueModule<T, ResolvedValues[T]> {
  return VALUE_MODULES[type];
}

/** A module seen through the union of types: its caller passes only values of the module's own type (a predicate has one type). */
export type AnyValueModule = ValueModule<ValueType, ResolvedValue>;

/**
 * {@link valueModule} for code that handles every type alike (clustering,
 * consensus, explanations).
 *
 * @example
 * ```ts
 * moduleFor(claim.value.type).canonical(claim.value);
 * ```
 */
export function moduleFor(type: ValueType): AnyValueModule {
  return VALUE_MODULES[type] as unknown as AnyValueModule;
}

export type { ResolvedCode, ResolvedDateTime, ResolvedDateValue, ResolvedEntity, ResolvedNames, ResolvedNumber, ResolvedStatus, ResolvedText };
export type { Distance, ReadContext, ReportValue, ResolvedBase, ValueModule, ValueOf, ValueRelation } from "./value-module.js";
