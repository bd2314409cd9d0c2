import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinRules } from "../../src/rules/index.js";
import { docsUrl } from "../../src/rules/support/docs.js";
import { ROOT } from "../helpers.js";

describe("every built-in rule is documented", () => {
  const readme = readFileSync(`${ROOT}README.md`, "utf8");
  const headings = new Set([...readme.matchAll(/^#{2,4} `([a-z-]+)`$/gm)].map((m) => m[1]));

  it.each(builtinRules.map((r) => [r.id, r] as const))("%s: its findings link to its heading in the README", (id, rule) => {
    expect(rule.meta.docsUrl).toBe(docsUrl(id));
    expect(rule.meta.docsUrl!.endsWith(`#${id}`)).toBe(true);
    expect(headings.has(id), `README has no heading \`${id}\``).toBe(true);
  });
});
