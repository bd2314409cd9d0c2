/** Regenerates data/corpus.schema.json from the zod schemas: `npm run schema`. */
import { writeFileSync } from "node:fs";
import { corpusJsonSchema } from "../src/model/json-schema.js";

writeFileSync("data/corpus.schema.json", `${JSON.stringify(corpusJsonSchema(), null, 2)}\n`);
console.log("wrote data/corpus.schema.json");
