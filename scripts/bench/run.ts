/**
 * The scale benchmark: `npm run bench` (build first: it runs the built CLI).
 *
 * For synthetic corpora of 100k and 1M claims, and a skewed one (200k claims
 * on one subject and predicate with 50 values), it times `corroborate check
 * --format json` end to end as one process, side by side with a `node -e` that
 * only JSON.parses the same file, records both peak memories, and prints the
 * ratios against the targets of the scale issue, then each rule's time.
 *
 *   npm run bench                 # 100k, 1M and skew
 *   npm run bench -- --quick      # 10k, 100k and skew 20k
 *   npm run bench -- --runs 3     # best of three runs each
 *
 * Corpora are generated once into $BENCH_DIR (default: the system temp folder).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { quick: { type: "boolean", default: false }, runs: { type: "string", default: "1" } } });
const runs = Math.max(1, Number(values.runs));
const dir = process.env.BENCH_DIR ?? tmpdir();
const cli = "dist/cli.js";
if (!existsSync(cli)) {
  console.error("bench: build first (npm run build)");
  process.exit(2);
}
const rssFile = join(dir, `corroborate-bench-rss-${process.pid}`);

function corpus(claims: number, skew = false): string {
  const file = join(dir, `corroborate-bench-${skew ? "skew-" : ""}${claims}.json`);
  if (!existsSync(file)) {
    process.stderr.write(`generating ${file} ...\n`);
    const r = spawnSync("npx", ["tsx", "scripts/bench/generate-corpus.ts", "--claims", String(claims), "--out", file, ...(skew ? ["--skew"] : [])], { stdio: "inherit" });
    if (r.status !== 0) throw new Error("generation failed");
  }
  return file;
}

interface Run { seconds: number; rssMB: number; status: number | null; stderr: string }

function measure(args: string[]): Run {
  let best: Run | undefined;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const r = spawnSync(process.execPath, ["--require", "./scripts/bench/max-rss.cjs", ...args], {
      env: { ...process.env, BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "ignore", "pipe"],
      maxBuffer: 1 << 26,
    });
    const seconds = (performance.now() - started) / 1000;
    const rssMB = Number(readFileSync(rssFile, "utf8")) / 1024;
    unlinkSync(rssFile);
    const run = { seconds, rssMB, status: r.status, stderr: r.stderr.toString() };
    if (!best || run.seconds < best.seconds) best = run;
  }
  return best!;
}

interface Row { label: string; claims: number; fileMB: number; parse: Run; check: Run }

function bench(label: string, file: string, claims: number): Row {
  const fileMB = statSync(file).size / 1e6;
  const parse = measure(["-e", `JSON.parse(require("node:fs").readFileSync(${JSON.stringify(file)}, "utf8"))`]);
  const check = measure([cli, "check", file, "--format", "json", "--timing"]);
  if (check.status !== 0 && check.status !== 1) throw new Error(`check failed on ${file}: ${check.stderr}`);
  return { label, claims, fileMB, parse, check };
}

const sizes = values.quick ? [10_000, 100_000] : [100_000, 1_000_000];
const skewSize = values.quick ? 20_000 : 200_000;
const rows = [...sizes.map((n) => bench(`${n / 1000}k claims`, corpus(n), n)), bench(`skew ${skewSize / 1000}k`, corpus(skewSize, true), skewSize)];

console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; best of ${runs}\n`);
console.log("| corpus | file | JSON.parse only | corroborate check | time ratio (target ≤ 2.5) | peak memory | memory / file (target < 4) |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.fileMB.toFixed(0)} MB | ${r.parse.seconds.toFixed(2)} s, ${r.parse.rssMB.toFixed(0)} MB | ${r.check.seconds.toFixed(2)} s | ${(r.check.seconds / r.parse.seconds).toFixed(1)} | ${r.check.rssMB.toFixed(0)} MB | ${(r.check.rssMB / r.fileMB).toFixed(1)} |`,
  );
}
const [small, large] = rows;
if (small && large && large.claims === small.claims * 10) {
  console.log(`\ngrowth: ${large.claims / 1000}k vs ${small.claims / 1000}k claims took ${(large.check.seconds / small.check.seconds).toFixed(1)}× the time (target ≤ 11×)`);
}
for (const r of rows) console.log(`\nper-rule time, ${r.label}:\n${r.check.stderr.trimEnd()}`);
