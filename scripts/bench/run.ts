/**
 * The scale benchmark: `npm run bench` (it builds first: it runs the built CLI).
 *
 * Each case times `corroborate check` end to end as one process, side by side
 * with a `node -e` that only JSON.parses the same file, records both peak
 * memories, and prints the ratios against the targets of the scale issue
 * (end to end ≤ 4× JSON.parse, peak memory < 4× the file, 10× the claims
 * ≤ 11× the time), then each case's `--timing` phases and rules.
 *
 * Cases (synthetic corpora are written by generate-corpus.ts):
 * - 100k and 1M claims as `JSON.stringify` writes them (one line), and the
 *   growth between the two;
 * - 100k claims one record per line: the layout must not matter (a reader that
 *   looked for line breaks was quadratic on one-line input);
 * - 200k claims on one subject and predicate with 50 values, and with one
 *   value (a hot single-value group: clustering must not be quadratic);
 * - the real Flight data (../shared/eval/truth/flight), when it is there;
 * - 1M claims written as `--format ndjson`: memory must not grow with the report.
 *
 *   npm run bench                      # every case
 *   npm run bench -- --quick           # 10k/100k, skews of 20k, no Flight
 *   npm run bench -- --only skew       # the cases whose label contains "skew"
 *   npm run bench -- --runs 3          # best of three runs each
 *
 * Corpora are generated once into $BENCH_DIR (default: the system temp folder).
 * Run it under the shared lock when others may be measuring on the machine:
 * `flock /tmp/corroborate-bench.lock npm run bench`.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { quick: { type: "boolean", default: false }, runs: { type: "string", default: "1" }, only: { type: "string" } },
});
const runs = Math.max(1, Number(values.runs));
const dir = process.env.BENCH_DIR ?? tmpdir();
const cli = "dist/cli.js";
if (!existsSync(cli)) {
  console.error("bench: build first (npm run build)");
  process.exit(2);
}
const rssFile = join(dir, `corroborate-bench-rss-${process.pid}`);

/** What a corpus file is made of; its name says the same, so each is generated once. */
interface Layout {
  readonly claims: number;
  readonly oneLine: boolean;
  /** Every claim on one subject and predicate, with this many values. */
  readonly skewValues?: number;
}

function synthetic({ claims, oneLine, skewValues }: Layout): string {
  const name = `corroborate-bench-${skewValues === undefined ? "" : `skew${skewValues}-`}${claims}${oneLine ? "-line" : ""}.json`;
  const file = join(dir, name);
  if (!existsSync(file)) {
    process.stderr.write(`generating ${file} ...\n`);
    const args = ["--claims", String(claims), "--out", file, ...(oneLine ? ["--one-line"] : []), ...(skewValues === undefined ? [] : ["--skew", "--values", String(skewValues)])];
    const r = spawnSync("npx", ["tsx", "scripts/bench/generate-corpus.ts", ...args], { stdio: "inherit" });
    if (r.status !== 0) throw new Error("generation failed");
  }
  return file;
}

/** The Flight data as one corpus, or undefined when the data is not on this machine. */
function flight(): string | undefined {
  const file = join(dir, "corroborate-bench-flight-line.json");
  if (!existsSync(file)) {
    process.stderr.write(`converting the Flight data into ${file} ...\n`);
    const r = spawnSync("npx", ["tsx", "scripts/bench/flight-corpus.ts", "--out", file], { stdio: "inherit" });
    if (r.status === 3) return undefined;
    if (r.status !== 0) throw new Error("conversion failed");
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

interface Case { readonly label: string; readonly file: () => string | undefined; readonly claims: number; readonly format?: "json" | "ndjson" }
interface Row { label: string; claims: number; fileMB: number; parse: Run; check: Run }

const parses = new Map<string, Run>();
function bench(c: Case): Row | undefined {
  const file = c.file();
  if (file === undefined) {
    console.error(`bench: ${c.label} skipped (no data)`);
    return undefined;
  }
  const fileMB = statSync(file).size / 1e6;
  let parse = parses.get(file);
  if (!parse) parses.set(file, (parse = measure(["-e", `JSON.parse(require("node:fs").readFileSync(${JSON.stringify(file)}, "utf8"))`])));
  const check = measure([cli, "check", file, "--format", c.format ?? "json", "--timing"]);
  if (check.status !== 0 && check.status !== 1) throw new Error(`check failed on ${file}: ${check.stderr}`);
  process.stderr.write(`${c.label}: ${check.seconds.toFixed(2)} s\n`);
  return { label: c.label, claims: c.claims, fileMB, parse, check };
}

const [small, large] = values.quick ? [10_000, 100_000] : [100_000, 1_000_000];
const skew = values.quick ? 20_000 : 200_000;
const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
const cases: Case[] = [
  { label: `${k(small)} claims, one line`, claims: small, file: () => synthetic({ claims: small, oneLine: true }) },
  { label: `${k(large)} claims, one line`, claims: large, file: () => synthetic({ claims: large, oneLine: true }) },
  { label: `${k(small)} claims, one record per line`, claims: small, file: () => synthetic({ claims: small, oneLine: false }) },
  { label: `skew ${k(skew)}, one group of 50 values`, claims: skew, file: () => synthetic({ claims: skew, oneLine: true, skewValues: 50 }) },
  { label: `skew ${k(skew)}, one group of one value`, claims: skew, file: () => synthetic({ claims: skew, oneLine: true, skewValues: 1 }) },
  ...(values.quick ? [] : [{ label: "Flight (real data)", claims: 0, file: flight }]),
  { label: `${k(large)} claims, one line, --format ndjson`, claims: large, format: "ndjson", file: () => synthetic({ claims: large, oneLine: true }) },
];
const rows = cases.filter((c) => values.only === undefined || c.label.includes(values.only)).flatMap((c) => bench(c) ?? []);

console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; best of ${runs}\n`);
console.log("| corpus | file | JSON.parse only | corroborate check | time ratio (target ≤ 4) | peak memory | memory / file (target < 4) |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
for (const r of rows) {
  console.log(
    `| ${r.label} | ${r.fileMB.toFixed(0)} MB | ${r.parse.seconds.toFixed(2)} s, ${r.parse.rssMB.toFixed(0)} MB | ${r.check.seconds.toFixed(2)} s | ${(r.check.seconds / r.parse.seconds).toFixed(1)} | ${r.check.rssMB.toFixed(0)} MB | ${(r.check.rssMB / r.fileMB).toFixed(1)} |`,
  );
}
const one = rows.find((r) => r.label === cases[0]!.label);
const ten = rows.find((r) => r.label === cases[1]!.label);
if (one && ten) console.log(`\ngrowth: ${k(large)} vs ${k(small)} claims took ${(ten.check.seconds / one.check.seconds).toFixed(1)}× the time (target ≤ 11×)`);
for (const r of rows) console.log(`\n--timing, ${r.label}:\n${r.check.stderr.trimEnd()}`);
