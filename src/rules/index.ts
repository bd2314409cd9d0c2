import type { AnyRule } from "../engine/define-rule.js";
import { codeConsistency } from "./code-consistency.js";
import { dateConsistency } from "./date-consistency.js";
import { datetimeConsistency } from "./datetime-consistency.js";
import { entityConsistency } from "./entity-consistency.js";
import { framingConflict } from "./framing-conflict.js";
import { namesConsistency } from "./names-consistency.js";
import { numberConsistency } from "./number-consistency.js";
import { relativeDate } from "./relative-date.js";
import { singleSource } from "./single-source.js";
import { statusTimeline } from "./status-timeline.js";
import { textConsistency } from "./text-consistency.js";
import { unreadableValue } from "./unreadable-value.js";
import { weekdayMismatch } from "./weekday-mismatch.js";

/** The built-in rules, one per file in this folder (file name = rule id). */
export const builtinRules: readonly AnyRule[] = Object.freeze([
  dateConsistency,
  datetimeConsistency,
  entityConsistency,
  namesConsistency,
  codeConsistency,
  numberConsistency,
  textConsistency,
  framingConflict,
  statusTimeline,
  weekdayMismatch,
  relativeDate,
  unreadableValue,
  singleSource,
]);

export {
  codeConsistency,
  dateConsistency,
  datetimeConsistency,
  entityConsistency,
  framingConflict,
  namesConsistency,
  numberConsistency,
  relativeDate,
  singleSource,
  statusTimeline,
  textConsistency,
  unreadableValue,
  weekdayMismatch,
};
