import levenshtein from "fast-levenshtein";
import type * as z from "zod/mini";
import { fastValidate } from "./fast-validate.js";
import { CorpusSchema, RECORD_SCHEMAS } from "./schema.js";
import { parseJsonText, restatesTextProblem } from "./json-text.js";
import { findNotPlainData } from "./plain-data.js";
import { problem, type CorpusProblem, type ProblemCode } from "./problem.js";
import type { Claim, Corpus, PredicateSpec } from "./types.js";

/** The outcome of {@link parseCorpus}: a corpus, or every problem found. Never thrown. */
export type ParseCorpusResult =
  | { readonly ok: true; readonly corpus: Corpus }
  | { readonly ok: false; readonly problems: readonly CorpusProblem[] };

/** Every key the format knows, from the schemas' shapes, for "did you mean" suggestions on unknown keys. */
const KNOWN_KEYS: readonly string[] = [...new Set(RECORD_SCHEMAS.flatMap((schema) => Object.keys(schema.shape)))];

/**
 * Validate a corpus document (already parsed from JSON) and return a typed,
 * frozen corpus, or every problem at once, each with its JSON path. Never throws
 * on bad data.
 *
 * Beyond the shape it checks that source, claim and entity ids are unique, every
 * claim names an existing source, every entity alias is unique, dates are real
 * calendar dates, and each claim's value type matches its predicate's. A predicate
 * that is not declared takes its type from its claims and cardinality `one`.
 *
 * The corpus may share objects with `json` rather than copy them (a million
 * claims are not copied twice), and whatever it shares is frozen.
 *
 * @example
 * ```ts
 * const result = parseCorpus(JSON.parse(text));
 * if (!result.ok) for (const p of result.problems) console.error(`${p.path}: ${p.message}`);
 * else console.log(result.corpus.claims.length);
 * ```
 */
export function parseCorpus(json: unknown): ParseCorpusResult {
  return parseCorpusWith(json, nameByIndex);
}

/**
 * How a problem's message names another record of the same collection (the
 * first claim with an id, say): by its index, or, when the document came from a
 * file, by its line or its file. `from` is the index of the record the problem is in.
 *
 * @internal
 */
export type RecordNamer = (collection: "sources" | "entities" | "claims", index: number, from: number) => string;

const nameByIndex: RecordNamer = (collection, index) => `${collection}[${index}]`;

/**
 * {@link parseCorpus}, naming the records its messages refer to with `refer`
 * (parseCorpora names them by file and line).
 *
 * @internal
 */
export function parseCorpusWith(json: unknown, refer: RecordNamer): ParseCorpusResult {
  try {
    return validate(json, refer);
  } catch (error) {
    // JSON data cannot throw when read; only a getter or a proxy can. Its message is not ours to repeat.
    const what = error instanceof Error ? error.name : typeof error;
    return { ok: false, problems: [problem("invalid_value", [], `the document could not be read (reading it threw ${what}); pass plain data, as JSON.parse returns it`)] };
  }
}

function validate(json: unknown, refer: RecordNamer): ParseCorpusResult {
  if (fastValidate(json)) {
    // The shape is certainly right (and holds no __proto__ key): only the cross-record rules remain.
    const cross = crossRecordChecks(json, refer);
    if (cross.problems.length > 0) return { ok: false, problems: sortProblems(cross.problems) };
    return { ok: true, corpus: fromValidDocument(json as Record<string, unknown>, cross.inferred) };
  }
  // Before anything walks the document: it must be data a walk can finish (no hole in a list that may be billions long).
  const notPlain = findNotPlainData(json);
  if (notPlain.fatal) return { ok: false, problems: sortProblems([...notPlain.problems]) };
  const parsed = CorpusSchema.safeParse(json);
  // Cross-record rules run on the raw document too, so one pass shows every problem,
  // not the shape's first and the rest after it is fixed. The shape's word wins on a path.
  const cross = crossRecordChecks(json, refer);
  if (!parsed.success || notPlain.problems.length > 0) {
    const shape = parsed.success ? [] : parsed.error.issues.flatMap((issue) => toProblems(issue, json));
    const seen = new Set<string>();
    const problems = [...notPlain.problems, ...shape, ...cross.problems].filter((p) => !seen.has(p.path) && seen.add(p.path));
    return { ok: false, problems: sortProblems(problems) };
  }
  if (cross.problems.length > 0) return { ok: false, problems: sortProblems(cross.problems) };
  // zod's output is a valid document with its defaults filled in: the same builder serves both paths.
  return { ok: true, corpus: fromValidDocument(parsed.data as Record<string, unknown>, cross.inferred) };
}

/**
 * The corpus of a valid document (one fastValidate accepted, or zod's output):
 * its own objects, frozen, with the predicates' defaults filled in. Qualifiers
 * keep their prototype: rules read them by own keys only.
 */
function fromValidDocument(doc: Record<string, unknown>, inferred: ReadonlyMap<string, string>): Corpus {
  const predicates: Record<string, PredicateSpec> = Object.create(null);
  const declared = (doc.predicates ?? {}) as Record<string, Record<string, unknown>>;
  for (const name in declared) {
    const spec = declared[name]!;
    predicates[name] = Object.freeze({
      ...(spec as object),
      cardinality: spec.cardinality ?? "one",
      changesOverTime: spec.changesOverTime ?? false,
      declared: true,
    } as PredicateSpec);
  }
  for (const [name, type] of inferred) {
    predicates[name] = Object.freeze({ type: type as PredicateSpec["type"], cardinality: "one", changesOverTime: false, declared: false });
  }
  const claims = doc.claims as Claim[];
  for (const claim of claims) {
    Object.freeze(claim.value);
    if (claim.asOf) Object.freeze(claim.asOf);
    if (claim.qualifiers) {
      for (const name in claim.qualifiers) Object.freeze(claim.qualifiers[name]);
      Object.freeze(claim.qualifiers);
    }
    Object.freeze(claim);
  }
  const sources = doc.sources as Corpus["sources"];
  for (const source of sources) Object.freeze(source);
  const entities = (doc.entities ?? []) as Corpus["entities"];
  for (const entity of entities) {
    Object.freeze(entity.names);
    Object.freeze(entity);
  }
  return Object.freeze({
    format: "corroborate/v1",
    ...(doc.title !== undefined && { title: doc.title as string }),
    ...(doc.description !== undefined && { description: doc.description as string }),
    sources: Object.freeze(sources),
    entities: Object.freeze(entities),
    predicates: Object.freeze(predicates),
    claims: Object.freeze(claims),
  });
}

type Loose = Record<string, unknown>;

const isObject = (v: unknown): v is Loose => v !== null && typeof v === "object" && !Array.isArray(v);

/** The elements of `json[key]` when it is an array, else none. */
function listAt(json: unknown, key: string): readonly unknown[] {
  const list = isObject(json) ? json[key] : undefined;
  return Array.isArray(list) ? list : [];
}

/**
 * The rules that need the whole document: unique ids, unique aliases, known
 * sources, one value type per predicate. Written against the raw document with
 * guards, so they also run when its shape is wrong. Returns the types inferred
 * for undeclared predicates.
 */
function crossRecordChecks(json: unknown, refer: RecordNamer): { problems: CorpusProblem[]; inferred: Map<string, string> } {
  const problems: CorpusProblem[] = [];
  const sources = listAt(json, "sources");
  const claims = listAt(json, "claims");
  const entities = listAt(json, "entities");
  checkUniqueIds(sources, "sources", "source", problems, refer);
  checkUniqueIds(claims, "claims", "claim", problems, refer);
  checkUniqueIds(entities, "entities", "entity", problems, refer);

  const aliasOwner = new Map<string, string>();
  entities.forEach((entity, i) => {
    if (!isObject(entity) || !Array.isArray(entity.names)) return;
    entity.names.forEach((name: unknown, j: number) => {
      if (typeof name !== "string") return;
      const key = name.normalize("NFC").trim().toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner !== undefined) {
        problems.push(problem("duplicate_alias", ["entities", i, "names", j], `the name "${name}" is already a name of entity "${owner}"`));
      } else aliasOwner.set(key, typeof entity.id === "string" ? entity.id : refer("entities", i, i));
    });
  });

  const sourcesKnown = isObject(json) && Array.isArray(json.sources);
  const sourceIds = new Set<string>();
  for (const s of sources) if (isObject(s) && typeof s.id === "string") sourceIds.add(s.id);
  const declared = new Map<string, string>();
  const rawPredicates = isObject(json) ? json.predicates : undefined;
  if (isObject(rawPredicates)) {
    for (const [name, spec] of Object.entries(rawPredicates)) if (isObject(spec) && typeof spec.type === "string") declared.set(name, spec.type);
  }
  const inferred = new Map<string, string>();
  const inferredFrom = new Map<string, number>();
  // One missing source is usually named by many claims: look for its likely spelling once.
  const suggestions = new Map<string, string>();
  for (let i = 0; i < claims.length; i++) {
    const claim = claims[i];
    if (!isObject(claim)) continue;
    if (sourcesKnown && typeof claim.source === "string" && !sourceIds.has(claim.source)) {
      let hint = suggestions.get(claim.source);
      if (hint === undefined) suggestions.set(claim.source, (hint = suggest(claim.source, sourceIds)));
      problems.push(problem("unknown_source", ["claims", i, "source"], `no source has the id "${claim.source}"${hint}`));
    }
    const type = isObject(claim.value) && typeof claim.value.type === "string" ? claim.value.type : undefined;
    if (typeof claim.predicate !== "string" || type === undefined) continue;
    const expected = declared.get(claim.predicate) ?? inferred.get(claim.predicate);
    if (expected === undefined) {
      inferred.set(claim.predicate, type);
      inferredFrom.set(claim.predicate, i);
    } else if (expected !== type) {
      const why = declared.has(claim.predicate)
        ? `the predicate "${claim.predicate}" is declared with type "${expected}"`
        : `the predicate "${claim.predicate}" is not declared and its first claim (${refer("claims", inferredFrom.get(claim.predicate)!, i)}) carries a "${expected}" value`;
      problems.push(problem("type_mismatch", ["claims", i, "value", "type"], `${why}, but this value is a "${type}"`));
    }
  }
  return { problems, inferred };
}

export { parseJsonText } from "./json-text.js";

/**
 * {@link parseCorpus} for JSON text: what the text itself gets wrong (a syntax
 * error, a duplicate key, a number JSON cannot hold, a file that is not UTF-8)
 * comes back as problems with a line and column, never as an exception. Text
 * that is JSON all the same (a duplicate key, an imprecise number) is validated
 * too: its problems follow the text's.
 *
 * @example
 * ```ts
 * const result = parseCorpusText(await readFile("corpus.json", "utf8"));
 * ```
 */
export function parseCorpusText(text: string): ParseCorpusResult {
  const parsed = parseJsonText(text);
  if (parsed.ok) return parseCorpus(parsed.json);
  if (!("json" in parsed)) return { ok: false, problems: parsed.problems };
  // Still JSON (a duplicate key, an imprecise number): validate it too, so one call gives every problem.
  // The text's word about a place wins over the schema's.
  const seen = new Set(parsed.problems.map((p) => p.path));
  const checked = parseCorpus(parsed.json);
  const more = checked.ok ? [] : checked.problems.filter((p) => !(seen.has(p.path) && restatesTextProblem(p)));
  return { ok: false, problems: [...parsed.problems, ...more] };
}

function checkUniqueIds(
  records: readonly unknown[],
  collection: "sources" | "entities" | "claims",
  what: string,
  problems: CorpusProblem[],
  refer: RecordNamer,
): void {
  const seen = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    if (!isObject(record) || typeof record.id !== "string") continue;
    const first = seen.get(record.id);
    if (first !== undefined) {
      problems.push(problem("duplicate_id", [collection, i, "id"], `duplicate ${what} id "${record.id}" (already used by ${refer(collection, first, i)})`));
    } else seen.set(record.id, i);
  }
}

function suggest(word: string, candidates: Iterable<string>): string {
  // Close enough to be a typo, and not so short that every word is "close".
  const limit = Math.min(word.length - 1, Math.max(1, Math.floor(word.length / 3)));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    // Words whose lengths differ by more than the limit are further apart than that: no need to measure them.
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const d = levenshtein.get(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best !== undefined && bestDistance <= limit ? ` (did you mean "${best}"?)` : "";
}

function describeInput(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  if (typeof input === "object") return "an object";
  if (typeof input === "string") return `the string ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  return `${typeof input === "number" ? "the number" : "the boolean"} ${String(input)}`;
}

const ARTICLE: Record<string, string> = { object: "an object", array: "an array", string: "a string", number: "a number", boolean: "a boolean" };

/** The value at a path of the input, and whether the last key is there at all. */
function lookup(json: unknown, segments: readonly (string | number)[]): { present: boolean; value: unknown } {
  let value: unknown = json;
  for (const segment of segments) {
    if (value === null || typeof value !== "object" || !Object.prototype.hasOwnProperty.call(value, segment)) {
      return { present: false, value: undefined };
    }
    value = (value as Record<string | number, unknown>)[segment];
  }
  return { present: true, value };
}

function toProblems(issue: z.core.$ZodIssue, json: unknown): CorpusProblem[] {
  const segments = issue.path.map((s) => (typeof s === "symbol" ? String(s) : s));
  switch (issue.code) {
    case "unrecognized_keys":
      return issue.keys.map((key) =>
        problem("unknown_key", [...segments, key], `unknown key "${key}"${suggest(key, KNOWN_KEYS)}`),
      );
    case "invalid_type": {
      const { present, value: input } = lookup(json, segments);
      if (!present) return [problem("missing_key", segments, `required key "${String(segments.at(-1) ?? "")}" is missing`)];
      const expected = ARTICLE[issue.expected] ?? issue.expected;
      return [problem("invalid_type", segments, `expected ${expected}, got ${describeInput(input)}`)];
    }
    case "custom": {
      // A check that knows its kind of problem says so in its params; the date checks are known by their words.
      const code = (issue.params as { code?: ProblemCode } | undefined)?.code;
      return [problem(code ?? (/calendar date|has no month/.test(issue.message) ? "invalid_date" : "invalid_value"), segments, issue.message)];
    }
    case "invalid_format":
      return [problem(/partial ISO date/.test(issue.message) ? "invalid_date" : "invalid_value", segments, issue.message)];
    default:
      return [problem("invalid_value", segments, issue.message)];
  }
}

function sortProblems(problems: CorpusProblem[]): CorpusProblem[] {
  // Document order: compare paths segment by segment (numbers numerically).
  return problems.sort((a, b) => {
    const n = Math.min(a.segments.length, b.segments.length);
    for (let i = 0; i < n; i++) {
      const x = a.segments[i]!;
      const y = b.segments[i]!;
      if (x === y) continue;
      if (typeof x === "number" && typeof y === "number") return x - y;
      return String(x) < String(y) ? -1 : 1;
    }
    return a.segments.length - b.segments.length;
  });
}

