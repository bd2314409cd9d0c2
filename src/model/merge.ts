import { parseCorpusWith, type RecordNamer } from "./parse-corpus.js";
import { problem, type CorpusProblem } from "./problem.js";
import { PredicateSpecSchema } from "./schema.js";
import type { RecordOrigin } from "./stream-reader.js";
import type { Corpus, PredicateSpec } from "./types.js";

/** One corpus document and the name it is known by (a file path). */
export interface NamedDocument {
  readonly name: string;
  readonly json: unknown;
  /**
   * Where its records came from, as the reader found them (`ReadResult.origin`):
   * problems then name the line of their record, and claims carry their line.
   */
  readonly origin?: RecordOrigin;
}

/**
 * A problem of one of several documents: its file, and, when the document came
 * through a reader, the line its record starts on. For an NDJSON record the
 * path is read inside that line (`claim.value.value` on line 4), since NDJSON
 * records have lines, not indices.
 */
export interface DocumentProblem extends CorpusProblem {
  /** The document's name. */
  readonly file: string;
}

/** Where a claim came from: its file and, when the reader knew them, the line and column its record starts at. */
export interface ClaimOrigin {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/** The outcome of {@link parseCorpora}: one corpus with where each claim came from, or every problem of every document. */
export type ParseCorporaResult =
  | {
      readonly ok: true;
      readonly corpus: Corpus;
      /** Where each claim came from, aligned with `corpus.claims` (same index), for reports that point at records. */
      readonly origins: readonly ClaimOrigin[];
    }
  | { readonly ok: false; readonly problems: readonly DocumentProblem[] };

type Collection = "sources" | "entities" | "claims";
const COLLECTIONS: readonly Collection[] = ["sources", "entities", "claims"];
const SINGULAR: Readonly<Record<Collection, string>> = { sources: "source", entities: "entity", claims: "claim" };
const isCollection = (segment: unknown): segment is Collection => segment === "sources" || segment === "entities" || segment === "claims";

/** The fields that give a predicate its meaning, in the schema's order; a description is words about it, not part of it. */
const MEANINGFUL_FIELDS = Object.keys(PredicateSpecSchema.shape).filter((field) => field !== "description") as (keyof PredicateSpec)[];

/**
 * Validate several corpus documents and merge them into one corpus, so that
 * claims split across files (one per article, say) are checked together. Each
 * document is validated alone first; then ids must be unique across documents
 * and predicate declarations must agree in meaning (defaults filled in, key
 * order and descriptions set aside). Problems name their document, the path
 * inside it, and the line of their record when the document came through a
 * reader (`origin`); on success, `origins` says where each claim came from.
 * The merged corpus takes its title and description from the first document
 * that has one.
 *
 * @example
 * ```ts
 * const result = parseCorpora([{ name: "a.json", json: a }, { name: "b.ndjson", json: b.document, origin: b.origin }]);
 * if (result.ok) check(result.corpus, { origins: result.origins });
 * else for (const p of result.problems) console.error(`${p.file}:${p.line ?? ""} ${p.path}: ${p.message}`);
 * ```
 */
export function parseCorpora(documents: readonly NamedDocument[]): ParseCorporaResult {
  const problems: DocumentProblem[] = [];
  const corpora: Corpus[] = [];
  for (const doc of documents) {
    const result = parseCorpusWith(doc.json, namerOf(doc));
    if (result.ok) corpora.push(result.corpus);
    else for (const p of result.problems) problems.push(locate(p, doc));
  }
  if (problems.length > 0) return { ok: false, problems };
  if (documents.length === 1) return { ok: true, corpus: corpora[0]!, origins: claimOrigins(documents[0]!, corpora[0]!.claims.length) };

  // Every document is valid on its own: merge, remembering where each record came from.
  const from: Record<Collection, { doc: number; index: number }[]> = { sources: [], entities: [], claims: [] };
  const merged: Record<Collection, unknown[]> = { sources: [], entities: [], claims: [] };
  const predicates: Record<string, unknown> = Object.create(null);
  const declaredIn = new Map<string, { doc: number; spec: PredicateSpec }>();
  corpora.forEach((corpus, d) => {
    for (const key of COLLECTIONS) {
      corpus[key].forEach((record, index) => {
        merged[key].push(record);
        from[key].push({ doc: d, index });
      });
    }
    for (const name of Object.keys(corpus.predicates)) {
      const spec = corpus.predicates[name]!;
      if (!spec.declared) continue; // inferred from this document's claims: the merged claims decide again
      const earlier = declaredIn.get(name);
      if (earlier === undefined) {
        declaredIn.set(name, { doc: d, spec });
        const { declared: _, ...written } = spec;
        predicates[name] = written;
        continue;
      }
      const field = MEANINGFUL_FIELDS.find((f) => earlier.spec[f] !== spec[f]);
      if (field === undefined) continue;
      const there = `${documents[earlier.doc]!.name}${lineOfPredicate(documents[earlier.doc]!, name)}`;
      const message = `the predicate "${name}" is declared differently in ${there}: its ${field} is ${show(spec[field])} here and ${show(earlier.spec[field])} there`;
      problems.push(locate(problem("type_mismatch", ["predicates", name, field], message), documents[d]!));
    }
  });
  if (problems.length > 0) return { ok: false, problems };

  const first = <K extends "title" | "description">(key: K) => corpora.find((c) => c[key] !== undefined)?.[key];
  const title = first("title");
  const description = first("description");
  const document = {
    format: "corroborate/v1",
    ...(title !== undefined && { title }),
    ...(description !== undefined && { description }),
    ...merged,
    predicates,
  };
  // Records of another document are named with their file; of the same one, as that document names them.
  const namers = documents.map(namerOf);
  const refer: RecordNamer = (collection, index, at) => {
    const target = from[collection][index]!;
    const name = namers[target.doc]!(collection, target.index, target.index);
    return from[collection][at]?.doc === target.doc ? name : `${name} of ${documents[target.doc]!.name}`;
  };
  const result = parseCorpusWith(document, refer);
  if (!result.ok) {
    return {
      ok: false,
      problems: result.problems.map((p) => {
        const [collection, index, ...rest] = p.segments;
        const at = isCollection(collection) && typeof index === "number" ? from[collection][index] : undefined;
        if (at !== undefined) return locate(problem(p.code, [collection as Collection, at.index, ...rest], p.message), documents[at.doc]!);
        const declared = collection === "predicates" && typeof index === "string" ? declaredIn.get(index) : undefined;
        if (declared !== undefined) return locate(p, documents[declared.doc]!);
        return Object.freeze({ ...p, file: documents.map((d) => d.name).join(", ") });
      }),
    };
  }
  return { ok: true, corpus: result.corpus, origins: documents.flatMap((doc, d) => claimOrigins(doc, corpora[d]!.claims.length)) };
}

/** How a document's problems name its own records: by line for NDJSON, by index otherwise. */
function namerOf(doc: NamedDocument): RecordNamer {
  const origin = doc.origin;
  if (origin?.layout !== "ndjson") return (collection, index) => `${collection}[${index}]`;
  return (collection, index) => {
    const line = origin[collection][index];
    return line === undefined ? `${collection}[${index}]` : `line ${line}`;
  };
}

/**
 * A problem of one document, with its file and the line of its record. In NDJSON
 * the record is the line: `claims[3].source` becomes `claim.source` on the line
 * the fourth claim was read from; a predicate's or a top-level key's problem
 * goes to the line that declared it.
 */
function locate(p: CorpusProblem, doc: NamedDocument): DocumentProblem {
  const origin = doc.origin;
  const file = doc.name;
  if (origin === undefined || p.line !== undefined) return Object.freeze({ ...p, file });
  const [head, second, ...rest] = p.segments;
  const ndjson = origin.layout === "ndjson";
  if (isCollection(head) && typeof second === "number") {
    const line = origin[head][second];
    if (line === undefined) return Object.freeze({ ...p, file });
    if (!ndjson) return Object.freeze({ ...p, line, file });
    return Object.freeze({ ...problem(p.code, [SINGULAR[head], ...rest], p.message, line), file });
  }
  if (ndjson && head === "predicates" && typeof second === "string" && origin.predicates?.[second] !== undefined) {
    return Object.freeze({ ...problem(p.code, ["predicate", ...rest], p.message, origin.predicates[second]), file });
  }
  if (ndjson && typeof head === "string" && origin.corpus?.[head] !== undefined) {
    return Object.freeze({ ...problem(p.code, ["corpus", ...p.segments], p.message, origin.corpus[head]), file });
  }
  return Object.freeze({ ...p, file });
}

/** ` (line 3)` when an NDJSON document declared the predicate on a line, else nothing. */
function lineOfPredicate(doc: NamedDocument, name: string): string {
  const line = doc.origin?.predicates?.[name];
  return line === undefined ? "" : ` (line ${line})`;
}

function show(value: unknown): string {
  return value === undefined ? "not set" : JSON.stringify(value);
}

/** Where each of a document's claims came from. */
function claimOrigins(doc: NamedDocument, count: number): ClaimOrigin[] {
  const lines = doc.origin?.claims;
  const columns = doc.origin?.columns?.claims;
  const origins: ClaimOrigin[] = new Array<ClaimOrigin>(count);
  for (let i = 0; i < count; i++) {
    const line = lines?.[i];
    const column = columns?.[i];
    origins[i] = Object.freeze({ file: doc.name, ...(line !== undefined && { line }), ...(column !== undefined && { column }) });
  }
  return origins;
}
