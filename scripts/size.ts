/**
 * How much corroborate weighs in a browser bundle, against the budgets it must keep.
 *
 *   npm run size            # bundles the source entry points (no build needed)
 *   npm run size -- --dist  # bundles the built ones in dist/ (after npm run build)
 *   npm run size -- --top 20  # lists more of the biggest contributors
 *
 * Each bundle is what an application bundler would keep of the package for one use:
 * esbuild, platform browser, ESM, minified, tree-shaken. It prints each size in KiB
 * against its budget with the modules and packages that weigh most (from esbuild's
 * metafile), so a regression names its cause, and exits 1 when a budget is missed.
 */
import { build, type Metafile } from "esbuild";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const fromDist = process.argv.includes("--dist");
const topArg = process.argv.indexOf("--top");
const top = topArg >= 0 ? Number(process.argv[topArg + 1]) : 8;

interface Budget {
  readonly name: string;
  /** What an application imports: the module text esbuild bundles. */
  readonly contents: string;
  readonly limitKiB: number;
  readonly why: string;
}

const KiB = 1024;
const entry = (name: "index" | "testing") => (fromDist ? `./dist/${name}.js` : name === "index" ? "./src/index.ts" : "./src/testing/index.ts");

const budgets: readonly Budget[] = [
  {
    name: "core",
    contents: `export { parseCorpus, check, formatReport } from "${entry("index")}";`,
    limitKiB: 150,
    why: "read a corpus, check it, write a report",
  },
  {
    name: "resolveDate",
    contents: `export { resolveDate } from "${entry("index")}";`,
    limitKiB: 50,
    why: "the date resolver alone",
  },
  {
    name: "testing",
    contents: `export * from "${entry("testing")}";`,
    // RuleTester runs whole checks, so it carries the core and little more.
    limitKiB: 160,
    why: "the rule tester (vitest left to the application)",
  },
];

interface Measured {
  readonly budget: Budget;
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly inputs: readonly { readonly path: string; readonly bytes: number }[];
}

async function measure(budget: Budget): Promise<Measured> {
  const result = await build({
    stdin: { contents: budget.contents, resolveDir: root, loader: "ts", sourcefile: `${budget.name}.ts` },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    metafile: true,
    // The testing entry's optional peer: the application brings its own test runner.
    external: ["vitest"],
    logLevel: "silent",
  });
  const output = result.outputFiles[0]!;
  return { budget, bytes: output.contents.byteLength, gzipBytes: gzipSync(output.contents).byteLength, inputs: inputsOf(result.metafile) };
}

function inputsOf(metafile: Metafile): { path: string; bytes: number }[] {
  const output = Object.values(metafile.outputs)[0]!;
  return Object.entries(output.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .filter((input) => input.bytes > 0);
}

/** `zod` for node_modules/zod/v4/core/…, `src/engine` for src/engine/check.ts: where to look. */
function owner(path: string): string {
  const inPackage = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1]!;
  const inSource = /^(?:src|dist)\/([^/]+)\//.exec(path);
  return inSource ? `${path.startsWith("dist") ? "dist" : "src"}/${inSource[1]}` : path;
}

const kib = (bytes: number) => (bytes / KiB).toFixed(1).padStart(7);

function largest<T>(items: readonly T[], size: (item: T) => number): T[] {
  return [...items].sort((a, b) => size(b) - size(a)).slice(0, top);
}

function print(m: Measured): boolean {
  const ok = m.bytes <= m.budget.limitKiB * KiB;
  const verdict = ok ? "ok" : `OVER by ${(m.bytes / KiB - m.budget.limitKiB).toFixed(1)} KiB`;
  console.log(`${m.budget.name.padEnd(12)}${kib(m.bytes)} KiB of ${m.budget.limitKiB} KiB  (${kib(m.gzipBytes).trim()} KiB gzip)  ${verdict}  — ${m.budget.why}`);
  const byOwner = new Map<string, number>();
  for (const input of m.inputs) byOwner.set(owner(input.path), (byOwner.get(owner(input.path)) ?? 0) + input.bytes);
  const owners = largest([...byOwner], ([, bytes]) => bytes);
  console.log(`  by package or folder: ${owners.map(([name, bytes]) => `${name} ${kib(bytes).trim()}`).join(", ")}`);
  console.log("  largest modules:");
  for (const input of largest(m.inputs, (i) => i.bytes)) console.log(`  ${kib(input.bytes)} KiB  ${input.path}`);
  return ok;
}

async function main(): Promise<number> {
  if (fromDist && !existsSync(resolve(root, "dist/index.js"))) {
    console.error("size: dist/index.js is missing; run npm run build first, or measure the source without --dist");
    return 2;
  }
  console.log(`Minified ESM browser bundles of the ${fromDist ? "built package (dist/)" : "source (src/)"}:`);
  // The source shows which module weighs what; the build shows what an application really gets
  // (tsup's chunks decide what it can leave out), so a release is measured both ways.
  console.log(fromDist ? "(chunks as built; run without --dist to see modules)\n" : "(modules as written; run npm run build, then with --dist, to measure the package)\n");
  let allOk = true;
  for (const budget of budgets) {
    let measured: Measured;
    try {
      measured = await measure(budget);
    } catch (error) {
      // esbuild reports unresolvable imports (a Node built-in in the library, say) as a failure with messages.
      const messages = (error as { errors?: { text: string; location?: { file: string; line: number } | null }[] }).errors;
      const lines = messages?.map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ""}${e.text}`) ?? [String(error)];
      console.log(`${budget.name.padEnd(12)} could not be bundled for the browser:\n  ${lines.join("\n  ")}`);
      allOk = false;
      continue;
    }
    if (!print(measured)) allOk = false;
    console.log("");
  }
  console.log(allOk ? "All bundles within budget." : "Some bundles are over budget or could not be bundled.");
  return allOk ? 0 : 1;
}

process.exitCode = await main();
