/**
 * `status` values: where a subject is in its lifecycle (`not-started`,
 * `in-progress`, `complete`). Two statuses are the same or different; how
 * statuses at different times relate is the status-timeline rule's business.
 */
import type { Status } from "../model/types.js";
import type { ResolvedBase, ValueModule } from "./value-module.js";

/** A status value as the engine resolved it. */
export interface ResolvedStatus extends ResolvedBase<"status"> {
  readonly value: Status;
}

export const statusValues: ValueModule<"status", ResolvedStatus> = {
  type: "status",
  written: (value) => value.value,
  shareKey: (value) => value.value,
  read: (value) => ({ type: "status", written: value.value, value: value.value }),
  failure: () => undefined,
  how: () => undefined,
  key: (r) => r.value,
  canonical: (r) => r.value,
  label: (r) => r.value,
  compare: (a, b) => (a.value === b.value ? { relation: "same" } : { relation: "different" }),
  support: (a, b) => (a.value === b.value ? 1 : 0),
  combine: (readings) => readings[0]!,
};
