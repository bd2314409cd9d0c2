/** Regenerates schema/corpus.schema.json from the zod schemas: `npm run schema`. */
import { mkdirSync, writeFileSync } from "node:fs";
import { corpusJsonSchema } from "../src/model/json-schema.js";

mkdirSync("schema", { recursive: true });
writeFileSync("schema/corpus.schema.json", `${JSON.stringify(corpusJsonSchema(), null, 2)}\n`);
console.log("wrote schema/corpus.schema.json");
