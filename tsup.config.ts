import { defineConfig, type Options } from "tsup";

/** The library's entries; the command line (ESM only, never imported) is built beside them. */
const library = { index: "src/index.ts", testing: "src/testing/index.ts" };

/** The command line's entry gets its shebang and the executable bit; no other file does. */
const cliShebang: NonNullable<Options["plugins"]>[number] = {
  name: "corroborate-cli-shebang",
  renderChunk(code, chunk) {
    if (chunk.type !== "chunk" || !/(?:^|\/)cli\.js$/.test(chunk.path)) return undefined;
    chunk.mode = 0o755;
    return { code: `#!/usr/bin/env node\n${code}` };
  },
};

// One engine per module system, shared by every entry of that system, instead of
// a copy in each of index, testing and cli (a copy per entry tripled what an install
// unpacks, and gave RuleTester classes other than the library's):
// - ESM: index, testing and cli split their shared code into chunk-*.js files;
// - CJS: tsup's code splitting for CJS (esbuild splits as ESM, sucrase turns each
//   chunk into CommonJS), so testing.cjs requires the chunk index.cjs requires.
// One build for both formats, so one declaration pass writes .d.ts and .d.cts
// (a pair per condition, see STYLE.md) and one clean cannot race another build.
/**
 * ESM chunks are cut by which entries reach a module, and an application's bundler
 * drops whole chunks it does not use (`"sideEffects": false`) but keeps every
 * top-level statement with effects (zod schemas, tables) inside a chunk it uses.
 * The resolver as an entry of its own puts src/time in a chunk of its own, so
 * `import { resolveDate }` keeps only the resolver (measured by `npm run size -- --dist`).
 * It is not in package.json's exports: it only shapes the chunks.
 */
const resolverChunk = { "resolve-date": "src/time/resolve-date.ts" };

export default defineConfig({
  entry: { ...library, ...resolverChunk, cli: "src/cli/bin.ts" },
  format: ["esm", "cjs"],
  splitting: true,
  dts: { entry: library },
  clean: true,
  sourcemap: false,
  target: "node20",
  // vitest is an optional peer of the testing entry; never bundle it.
  external: ["vitest"],
  esbuildOptions(options, { format }) {
    // The command line is ESM only: no cli.cjs.
    if (format === "cjs") options.entryPoints = library;
  },
  plugins: [cliShebang],
});
