import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusJsonSchema } from "../../src/model/json-schema.js";
import { ROOT } from "../helpers.js";

describe("the shipped JSON Schema", () => {
  it("is exactly what the zod schemas generate (run `npm run schema` after changing them)", () => {
    const shipped = JSON.parse(readFileSync(`${ROOT}data/corpus.schema.json`, "utf8"));
    expect(shipped).toEqual(corpusJsonSchema());
  });

  it("forbids unknown keys and requires what the format requires", () => {
    const schema = corpusJsonSchema() as { additionalProperties: boolean; required: string[] };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["format", "sources", "claims"]);
  });
});
