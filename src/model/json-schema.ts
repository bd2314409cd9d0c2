import * as z from "zod/mini";
import { CorpusSchema } from "./schema.js";

/** Where the published schema lives (its `$id`). */
export const CORPUS_SCHEMA_ID = "https://unpkg.com/corroborate/data/corpus.schema.json";

/**
 * The corpus format as a JSON Schema (draft 2020-12), generated from the zod
 * schemas so the two never drift (a test compares it with the shipped
 * `data/corpus.schema.json`). It checks shape; the cross-record rules (unique
 * ids, known sources, real calendar dates, predicate types) are parseCorpus's.
 *
 * @example
 * ```ts
 * import schema from "corroborate/data/corpus.schema.json" with { type: "json" };
 * ```
 */
export function corpusJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(CorpusSchema, { target: "draft-2020-12", io: "input", unrepresentable: "any" });
  return {
    ...generated,
    $id: CORPUS_SCHEMA_ID,
    title: "corroborate corpus (corroborate/v1)",
    description:
      "Claims that several sources make about the same events. Shape only: unique ids, existing sources, real calendar dates and predicate types are checked by corroborate's parseCorpus.",
  };
}
