import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bundledReport, ROOT } from "./helpers.js";

describe("the README", () => {
  const readme = readFileSync(`${ROOT}README.md`, "utf8");
  const walkthrough = readme.slice(readme.indexOf("## The bundled example"), readme.indexOf("## Corpus format"));

  it("quotes only messages the bundled report really gives, word for word", () => {
    const messages = new Set(bundledReport().findings.map((f) => f.message));
    const quotes = [...walkthrough.matchAll(/(?:^> .*\n)+/gm)].map((m) => m[0].split("\n").filter(Boolean).map((l) => l.slice(2).trim()).join(" "));
    expect(quotes.length).toBeGreaterThanOrEqual(5);
    for (const quote of quotes) expect(messages, quote).toContain(quote);
  });
});
