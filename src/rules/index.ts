import type { AnyRule } from "../engine/define-rule.js";
import { dateConsistency } from "./date-consistency.js";
import { entityConsistency } from "./entity-consistency.js";
import { framingConflict } from "./framing-conflict.js";
import { numberConsistency } from "./number-consistency.js";
import { relativeDate } from "./relative-date.js";
import { singleSource } from "./single-source.js";
import { statusTimeline } from "./status-timeline.js";
import { textConsistency } from "./text-consistency.js";
import { weekdayMismatch } from "./weekday-mismatch.js";

/** The built-in rules, one per file in this folder (file name = rule id). */
export const builtinRules: readonly AnyRule[] = Object.freeze([
  dateConsistency,
  entityConsistency,
  numberConsistency,
  textConsistency,
  framingConflict,
  statusTimeline,
  weekdayMismatch,
  relativeDate,
  singleSource,
]);

export {
  dateConsistency,
  entityConsistency,
  framingConflict,
  numberConsistency,
  relativeDate,
  singleSource,
  statusTimeline,
  textConsistency,
  weekdayMismatch,
};
