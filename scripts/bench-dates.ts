/**
 * Measures resolveDate on the TempEval-3 training expressions (../shared/eval,
 * research data: read in place, never copied into the repository).
 *
 *   npm run bench:dates            # scores overall and per part
 *   npm run bench:dates -- --misses  # also list the items it gets wrong
 *
 * Skips cleanly (exit 0) when the file is absent.
 */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
// Straight from the resolver's module: the benchmark measures it alone, whatever state the rest of the library is in.
import { resolveDate } from "../src/time/resolve-date.js";

interface Item {
  readonly doc: string;
  readonly dct: string;
  readonly text: string;
  readonly sentence: string;
  readonly value: string;
}

const file = resolve(process.env.TEMPEVAL_FILE ?? "../shared/eval/tempeval3-train.json");
if (!existsSync(file)) {
  console.log(`bench:dates skipped: ${file} is not here`);
  process.exit(0);
}
const items = JSON.parse(readFileSync(file, "utf8")) as Item[];
// TimeBank documents come from ABC, AP, CNN, PRI, SJMN, VOA, WSJ and the ea/ed broadcasts;
// the AQUAINT part is the APW, NYT and Xinhua (XIE) newswire.
const part = (doc: string) => (/^(APW|NYT|XIE)/.test(doc) ? "AQUAINT" : "TimeBank");
const score: Record<string, { right: number; total: number }> = {};
const misses: string[] = [];
for (const item of items) {
  const result = resolveDate(item.text, { reference: item.dct.slice(0, 10), context: item.sentence });
  const right = result.ok && result.value === item.value;
  for (const key of ["overall", part(item.doc)]) {
    score[key] ??= { right: 0, total: 0 };
    score[key].total++;
    if (right) score[key].right++;
  }
  if (!right) misses.push(`${item.dct.slice(0, 10)} ${JSON.stringify(item.text)} gold ${item.value} got ${result.ok ? result.value : `✗ ${result.reason}`}`);
}
for (const key of ["TimeBank", "AQUAINT", "overall"]) {
  const s = score[key]!;
  console.log(`${key.padEnd(9)} ${((100 * s.right) / s.total).toFixed(1).padStart(5)}%  (${s.right}/${s.total})`);
}
if (process.argv.includes("--misses")) console.log(misses.join("\n"));
