import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";

const MODEL = `${ROOT}src/model/`;
const sources = readdirSync(MODEL)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => ({ file: f, text: readFileSync(`${MODEL}${f}`, "utf8") }));

describe("how src/model imports zod", () => {
  it("only as a namespace from zod/mini, so a bundle keeps only the checks it uses and none of zod's locales", () => {
    const imports = sources.flatMap(({ file, text }) => [...text.matchAll(/^import\b[^;]*?from "(zod[^"]*)";/gm)].map((m) => `${file}: ${m[0]}`));
    expect(imports.length).toBeGreaterThan(0);
    for (const line of imports) expect(line).toMatch(/: import (type )?\* as z from "zod\/mini";$/);
  });
});
