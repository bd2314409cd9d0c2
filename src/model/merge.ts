import { parseCorpus, type ParseCorpusResult } from "./parse-corpus.js";
import { formatPath, problem, type CorpusProblem } from "./problem.js";

/** One corpus document and the name it is known by (a file path). */
export interface NamedDocument {
  readonly name: string;
  readonly json: unknown;
}

/** A problem of one of several documents. */
export interface DocumentProblem extends CorpusProblem {
  /** The document's name. */
  readonly file: string;
}

export type ParseCorporaResult =
  | { readonly ok: true; readonly corpus: Extract<ParseCorpusResult, { ok: true }>["corpus"] }
  | { readonly ok: false; readonly problems: readonly DocumentProblem[] };

const COLLECTIONS = ["sources", "entities", "claims"] as const;

/**
 * Validate several corpus documents and merge them into one corpus, so that
 * claims split across files (one per article, say) are checked together. Each
 * document is validated alone first; then ids must be unique across documents
 * and predicate declarations must not contradict. Problems name their document
 * and the path inside it.
 *
 * @example
 * ```ts
 * const result = parseCorpora([{ name: "a.json", json: a }, { name: "b.json", json: b }]);
 * ```
 */
export function parseCorpora(documents: readonly NamedDocument[]): ParseCorporaResult {
  if (documents.length === 1) {
    const only = parseCorpus(documents[0]!.json);
    return only.ok ? only : { ok: false, problems: only.problems.map((p) => ({ ...p, file: documents[0]!.name })) };
  }
  const problems: DocumentProblem[] = [];
  for (const doc of documents) {
    const result = parseCorpus(doc.json);
    if (!result.ok) problems.push(...result.problems.map((p) => ({ ...p, file: doc.name })));
  }
  if (problems.length > 0) return { ok: false, problems };

  // Every document is valid on its own: merge, remembering where each record came from.
  const origin: Record<(typeof COLLECTIONS)[number], { file: string; index: number }[]> = { sources: [], entities: [], claims: [] };
  const merged: Record<string, unknown> = { format: "corroborate/v1", sources: [], entities: [], claims: [], predicates: Object.create(null) };
  const declaredIn = new Map<string, { file: string; spec: string }>();
  for (const doc of documents) {
    const json = doc.json as Record<string, unknown>;
    for (const key of COLLECTIONS) {
      const list = (json[key] as unknown[] | undefined) ?? [];
      list.forEach((record, index) => {
        (merged[key] as unknown[]).push(record);
        origin[key].push({ file: doc.name, index });
      });
    }
    for (const [name, spec] of Object.entries((json.predicates as Record<string, unknown> | undefined) ?? {})) {
      const text = JSON.stringify(spec);
      const earlier = declaredIn.get(name);
      if (earlier && earlier.spec !== text) {
        problems.push({
          ...problem("type_mismatch", ["predicates", name], `the predicate "${name}" is declared differently in ${earlier.file}`),
          file: doc.name,
        });
      } else if (!earlier) {
        declaredIn.set(name, { file: doc.name, spec: text });
        (merged.predicates as Record<string, unknown>)[name] = spec;
      }
    }
    if (merged.title === undefined && typeof json.title === "string") merged.title = json.title;
  }
  if (problems.length > 0) return { ok: false, problems };
  const result = parseCorpus(merged);
  if (result.ok) return result;
  return {
    ok: false,
    problems: result.problems.map((p) => {
      const [collection, index, ...rest] = p.segments;
      const from = typeof index === "number" ? origin[collection as (typeof COLLECTIONS)[number]]?.[index] : undefined;
      if (!from) return { ...p, file: documents.map((d) => d.name).join(", ") };
      const segments = [collection as string, from.index, ...rest];
      const message = p.message.replace(/\b(sources|entities|claims)\[(\d+)\]/g, (whole, c: string, i: string) => {
        const o = origin[c as (typeof COLLECTIONS)[number]][Number(i)];
        return o ? `${c}[${o.index}] of ${o.file}` : whole;
      });
      return { ...p, path: formatPath(segments), segments, message, file: from.file };
    }),
  };
}
