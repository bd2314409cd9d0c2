import ts from "typescript";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

/** Every export of an entry point, with whether it is documented and, for functions and classes, exemplified. */
function exportsOf(entry: string): { name: string; documented: boolean; example: boolean; callable: boolean }[] {
  const program = ts.createProgram([`${ROOT}${entry}`], { module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, strict: true, noEmit: true, skipLibCheck: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(`${ROOT}${entry}`)!)!;
  return checker.getExportsOfModule(module).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declaration = symbol.declarations?.[0];
    const tags = declaration ? ts.getJSDocTags(declaration) : [];
    const callable = declaration !== undefined && (ts.isFunctionDeclaration(declaration) || ts.isClassDeclaration(declaration));
    return {
      name: exported.name,
      documented: symbol.getDocumentationComment(checker).length > 0,
      example: tags.some((t) => t.tagName.text === "example"),
      callable,
    };
  });
}

describe("the public API is documented", () => {
  for (const entry of ["src/index.ts", "src/testing/index.ts"]) {
    it(`${entry}: every export has TSDoc, and every function and class an @example`, () => {
      const all = exportsOf(entry);
      expect(all.length).toBeGreaterThan(entry === "src/index.ts" ? 100 : 5);
      expect(all.filter((e) => !e.documented).map((e) => e.name)).toEqual([]);
      expect(all.filter((e) => e.callable && !e.example).map((e) => e.name)).toEqual([]);
    }, 60_000);
  }
});
