import { defineConfig } from "tsup";

// Two builds: the library (dual ESM/CJS with a .d.ts per condition, see STYLE.md)
// and the command line (ESM only, with its shebang; it is never imported).
export default defineConfig([
  {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    target: "node20",
    // vitest is an optional peer of the testing entry; never bundle it.
    external: ["vitest"],
  },
  {
    entry: { cli: "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
    target: "node20",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
