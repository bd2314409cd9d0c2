/**
 * A hand-written check of the corpus shape for the common case: a valid
 * document. It mirrors CorpusSchema conservatively: when it answers `true` the
 * document is valid by the zod schema too (a property test holds it to that);
 * when it answers `false` parseCorpus asks zod, which also writes the messages.
 * Validating a million claims with zod takes seconds; this takes a fraction.
 *
 * @internal
 */
import { daysInMonth } from "../time/calendar.js";
import {
  ClaimSchema,
  CorpusSchema,
  EntitySchema,
  isKnownZone,
  isoDateTimeProblem,
  numberValueProblem,
  PredicateSpecSchema,
  SourceSchema,
  STATUSES,
  VALUE_SCHEMAS,
  VALUE_TYPES,
} from "./schema.js";

type Obj = Record<string, unknown>;

/** The keys an object schema allows, from its shape: the schema is the one list of keys. */
const keysOf = (schema: { readonly shape: object }): ReadonlySet<string> => new Set(Object.keys(schema.shape));

const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);
const NON_BLANK = /\S/;
const nonEmpty = (v: unknown): boolean => typeof v === "string" && NON_BLANK.test(v);
const optional = (v: unknown, check: (v: unknown) => boolean): boolean => v === undefined || check(v);
const isString = (v: unknown): boolean => typeof v === "string";
const isBoolean = (v: unknown): boolean => typeof v === "boolean";

/** Only these keys, checked with for…in so inherited enumerable keys make it bail out (zod decides then). */
function onlyKeys(o: Obj, allowed: ReadonlySet<string>): boolean {
  for (const key in o) if (!allowed.has(key)) return false;
  return true;
}

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
export function isRealPartialDate(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const m = PARTIAL.exec(v);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

const DATE_KEYS = keysOf(VALUE_SCHEMAS.date);
const ENTITY_VALUE_KEYS = keysOf(VALUE_SCHEMAS.entity);
const TEXT_KEYS = keysOf(VALUE_SCHEMAS.text);
const CODE_KEYS = keysOf(VALUE_SCHEMAS.code);
const STATUS_KEYS = keysOf(VALUE_SCHEMAS.status);
const NUMBER_KEYS = keysOf(VALUE_SCHEMAS.number);
const STATUS_WORDS: ReadonlySet<string> = new Set(STATUSES);

function isDateValue(v: unknown): boolean {
  if (!isObj(v) || v.type !== "date" || !onlyKeys(v, DATE_KEYS)) return false;
  if (v.value !== undefined) return v.expr === undefined && v.anchor === undefined && isRealPartialDate(v.value);
  return nonEmpty(v.expr) && optional(v.anchor, isRealPartialDate);
}

const DATETIME_KEYS = keysOf(VALUE_SCHEMAS.datetime);
const NAMES_KEYS = keysOf(VALUE_SCHEMAS.names);

function isDateTimeValue(v: Obj): boolean {
  if (!onlyKeys(v, DATETIME_KEYS) || !optional(v.zone, (z) => typeof z === "string" && isKnownZone(z))) return false;
  if (v.value !== undefined) return v.expr === undefined && v.anchor === undefined && typeof v.value === "string" && isoDateTimeProblem(v.value) === undefined;
  return nonEmpty(v.expr) && optional(v.anchor, isRealPartialDate);
}

function isNamesValue(v: Obj): boolean {
  if (!onlyKeys(v, NAMES_KEYS)) return false;
  if (v.value !== undefined) return v.expr === undefined && Array.isArray(v.value) && v.value.length > 0 && v.value.every(nonEmpty);
  return nonEmpty(v.expr);
}

function isValue(v: unknown): boolean {
  if (!isObj(v)) return false;
  switch (v.type) {
    case "date":
      return isDateValue(v);
    case "entity":
      return onlyKeys(v, ENTITY_VALUE_KEYS) && nonEmpty(v.value);
    case "text":
      return onlyKeys(v, TEXT_KEYS) && nonEmpty(v.value);
    case "code":
      return onlyKeys(v, CODE_KEYS) && nonEmpty(v.value);
    case "datetime":
      return isDateTimeValue(v);
    case "names":
      return isNamesValue(v);
    case "number":
      return onlyKeys(v, NUMBER_KEYS) && typeof v.value === "number" && Number.isFinite(v.value) && numberValueProblem(v.value) === undefined && optional(v.unit, nonEmpty);
    case "status":
      return onlyKeys(v, STATUS_KEYS) && typeof v.value === "string" && STATUS_WORDS.has(v.value);
    default:
      return false;
  }
}

const SOURCE_KEYS = keysOf(SourceSchema);
function isSource(s: unknown): boolean {
  return (
    isObj(s) &&
    onlyKeys(s, SOURCE_KEYS) &&
    nonEmpty(s.id) &&
    nonEmpty(s.outlet) &&
    (s.publishedAt === undefined || s.publishedAt === null || isRealPartialDate(s.publishedAt)) &&
    optional(s.title, isString) &&
    optional(s.url, isString) &&
    optional(s.author, isString) &&
    optional(s.language, isString) &&
    optional(s.note, isString) &&
    optional(s.republishes, nonEmpty)
  );
}

const ENTITY_KEYS = keysOf(EntitySchema);
function isEntity(e: unknown): boolean {
  return isObj(e) && onlyKeys(e, ENTITY_KEYS) && nonEmpty(e.id) && Array.isArray(e.names) && e.names.length > 0 && e.names.every(nonEmpty) && optional(e.note, isString);
}

const SPEC_KEYS = keysOf(PredicateSpecSchema);
const TYPES: ReadonlySet<string> = new Set(VALUE_TYPES);
function isSpec(p: unknown): boolean {
  return (
    isObj(p) &&
    onlyKeys(p, SPEC_KEYS) &&
    typeof p.type === "string" &&
    TYPES.has(p.type) &&
    (p.cardinality === undefined || p.cardinality === "one" || p.cardinality === "many") &&
    optional(p.changesOverTime, isBoolean) &&
    (p.role === undefined || p.role === "deadline") &&
    (p.tolerance === undefined || (typeof p.tolerance === "number" && Number.isFinite(p.tolerance) && p.tolerance >= 0)) &&
    optional(p.description, isString)
  );
}

const CLAIM_KEYS = keysOf(ClaimSchema);
function isClaim(c: unknown): boolean {
  if (!isObj(c) || !onlyKeys(c, CLAIM_KEYS)) return false;
  if (!(nonEmpty(c.id) && nonEmpty(c.source) && nonEmpty(c.subject) && nonEmpty(c.predicate) && nonEmpty(c.quote) && isValue(c.value))) return false;
  if (!(optional(c.attributedTo, nonEmpty) && optional(c.asOf, isDateValue) && optional(c.hedged, isBoolean) && optional(c.note, isString))) return false;
  if (c.qualifiers === undefined) return true;
  if (!isObj(c.qualifiers)) return false;
  for (const name in c.qualifiers) if (!recordKey(name) || !isValue(c.qualifiers[name])) return false;
  return true;
}

/** A name in a record (predicates, qualifiers): not blank, and never __proto__ (the slow path reports it). */
const recordKey = (name: string): boolean => name !== "__proto__" && NON_BLANK.test(name);

const CORPUS_KEYS = keysOf(CorpusSchema);

/**
 * True when the document certainly matches the corpus schema's shape; false
 * when it does not or when this check is not sure (zod decides then).
 */
export function fastValidate(json: unknown): boolean {
  if (!isObj(json) || !onlyKeys(json, CORPUS_KEYS) || json.format !== "corroborate/v1") return false;
  if (!optional(json.title, isString) || !optional(json.description, isString) || !optional(json.$schema, isString)) return false;
  const { sources, entities, predicates, claims } = json;
  if (!Array.isArray(sources) || !Array.isArray(claims)) return false;
  if (entities !== undefined && !Array.isArray(entities)) return false;
  if (predicates !== undefined && !isObj(predicates)) return false;
  for (let i = 0; i < sources.length; i++) if (!isSource(sources[i])) return false;
  if (entities) for (let i = 0; i < entities.length; i++) if (!isEntity(entities[i])) return false;
  if (predicates) for (const name in predicates) if (!recordKey(name) || !isSpec(predicates[name])) return false;
  for (let i = 0; i < claims.length; i++) if (!isClaim(claims[i])) return false;
  return true;
}
