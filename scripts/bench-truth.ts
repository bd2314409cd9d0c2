/**
 * The real-data benchmark: `npm run bench:truth`.
 *
 * Reads the Flight and Book data of ../shared/eval/truth (research data, read in
 * place, never copied into the repository), builds corroborate corpora from the
 * raw cells as written (scripts/truth/convert.ts), checks them with the library
 * and prints, judged against an independent gold normalisation of the same
 * cells (scripts/truth/normalize.ts):
 *
 * - the share of discrepancies that are formatting only, of clusters that merge
 *   different values, and of false single-source notes, each beside its count,
 *   with the check's time and the process's peak memory;
 * - consensus accuracy against the gold values (the report's `consensus`), per
 *   attribute and overall, beside plain majority vote on the same claims;
 * - the consensus algorithm run directly on the normalised claims, values
 *   clustered by equal keys as majority vote sees them (what the algorithm can
 *   do whatever state the engine is in).
 *
 *   npm run bench:truth                 # everything
 *   npm run bench:truth -- --direct     # only the algorithm on normalised claims (quick)
 *   npm run bench:truth -- --only book  # one data set
 *
 * Skips cleanly (exit 0) when the data is absent.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { check, parseCorpus } from "../src/index.js";
import { bookClaims, bookGold, flightClaims, flightGold, itemKey, namesKey, type Gold, type RawClaim } from "./truth/claims.js";
import { BOOK_PREDICATES, FLIGHT_PREDICATES, bookValue, flightValue, toCorpus } from "./truth/convert.js";
import { readBooks, readFlights, readGoldBooks, readGoldFlights } from "./truth/data.js";
import { consensusOf, keyedItems, keySupport, majority } from "./truth/direct.js";
import { normalizeGate, normalizeTime } from "./truth/normalize.js";
import { accuracy, consensusAnswers, percent, shares, type Tally } from "./truth/score.js";

const { values } = parseArgs({ options: { direct: { type: "boolean", default: false }, only: { type: "string" } } });
const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dir = resolve(process.env.TRUTH_DIR ?? join(root, "../shared/eval/truth"));
if (!existsSync(dir)) {
  console.log(`bench:truth skipped: ${dir} is not here`);
  process.exit(0);
}

interface DataSet {
  readonly name: string;
  readonly claims: readonly RawClaim[];
  readonly gold: Gold;
  readonly corpus: () => unknown;
  /** A consensus value of the report, gold-normalised. */
  readonly normalise: (predicate: string, subject: string, value: string | number | readonly string[]) => string | undefined;
}

function flights(): DataSet | undefined {
  const d = join(dir, "flight");
  if (!existsSync(d)) return undefined;
  const claims = flightClaims(readFlights(d));
  return {
    name: "Flight",
    claims,
    gold: flightGold(readGoldFlights(d)),
    corpus: () => toCorpus("Flights, December 2011 (training part)", claims, FLIGHT_PREDICATES, flightValue),
    normalise: (predicate, subject, value) =>
      predicate.endsWith("Gate") ? normalizeGate(String(value)) : normalizeTime(String(value), subject.slice(subject.lastIndexOf("@") + 1)),
  };
}

function books(): DataSet | undefined {
  const d = join(dir, "book");
  if (!existsSync(d)) return undefined;
  const claims = bookClaims(readBooks(d));
  return {
    name: "Book",
    claims,
    gold: bookGold(readGoldBooks(d)),
    corpus: () => toCorpus("Books (training part)", claims, BOOK_PREDICATES, bookValue),
    normalise: (_predicate, _subject, value) => namesKey(Array.isArray(value) ? value.join("; ") : String(value)),
  };
}

const sets = [values.only === "book" ? undefined : flights(), values.only === "flight" ? undefined : books()].filter((s): s is DataSet => s !== undefined);

for (const set of sets) {
  const readable = set.claims.filter((c) => c.key !== undefined).length;
  console.log(`\n## ${set.name}: ${set.claims.length} claims (${readable} readable by the gold normaliser), ${new Set(set.claims.map((c) => c.source)).size} sources`);
  const items = keyedItems(set.claims);
  const answerable = new Set(items.map((i) => itemKey(i.subject, i.predicate)));
  const majorityAnswers = new Map(items.map((i) => [itemKey(i.subject, i.predicate), majority(i)]));
  const majorityScore = accuracy(set.gold, answerable, (i) => majorityAnswers.get(i));
  if (set.gold.ambiguous > 0) console.log(`(${set.gold.ambiguous} gold values listed twice with different values are left out)`);

  let reportScore: Map<string, Tally> | undefined;
  if (!values.direct) reportScore = checkWithLibrary(set, answerable);

  const started = performance.now();
  const direct = consensusOf(items, keySupport);
  const ms = performance.now() - started;
  const directScore = accuracy(set.gold, answerable, (i) => direct.answers.get(i)?.value);
  console.log(
    `\nconsensus run directly on the normalised claims: ${items.length} items, ${direct.solution.iterations} iterations${direct.solution.converged ? "" : " (not converged)"}, ${(ms / 1000).toFixed(1)} s, ${direct.solution.dependences.length} dependent pairs`,
  );
  console.log("\n| attribute | gold values | majority vote | consensus (direct) | consensus (report) |");
  console.log("|---|---:|---:|---:|---:|");
  const order = [...majorityScore.keys()].filter((k) => k !== "overall").concat("overall");
  for (const key of order) {
    const m = majorityScore.get(key)!;
    const r = reportScore?.get(key);
    console.log(`| ${key} | ${m.total} | ${percent(m)} | ${percent(directScore.get(key)!)} | ${r ? percent(r) : "–"} |`);
  }
  console.log(`\ncalibration (direct): ${calibration(set.gold, direct.answers)}`);
}

/** Check the corpus with the library; print the shares, time and memory; return consensus accuracy if the report has any. */
function checkWithLibrary(set: DataSet, answerable: ReadonlySet<string>): Map<string, Tally> | undefined {
  const parsedAt = performance.now();
  const parsed = parseCorpus(set.corpus());
  if (!parsed.ok) {
    console.log(`library: the corpus was refused (${parsed.problems.length} problems; first: ${parsed.problems[0]?.path} ${parsed.problems[0]?.message})`);
    return undefined;
  }
  const checkedAt = performance.now();
  let report: ReturnType<typeof check>;
  try {
    report = check(parsed.corpus);
  } catch (error) {
    console.log(`library check: not in this build (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
    return undefined;
  }
  const done = performance.now();
  const peakMB = process.resourceUsage().maxRSS / 1024;
  console.log(
    `library: parse ${((checkedAt - parsedAt) / 1000).toFixed(1)} s, check ${((done - checkedAt) / 1000).toFixed(1)} s, peak memory ${peakMB.toFixed(0)} MB (this process); ` +
      `${report.summary.discrepancies} discrepancies, ${report.summary.agreements} agreements, ${report.summary.notes} notes`,
  );
  const s = shares(report, set.claims);
  console.log("\n| measure (target ≤ 1%) | share | of |");
  console.log("|---|---:|---:|");
  console.log(`| discrepancies that are formatting only | ${percent(s.formattingOnly)} | ${s.formattingOnly.total} discrepancies |`);
  console.log(`| clusters that merge different values | ${percent(s.mergedClusters)} | ${s.mergedClusters.total} clusters |`);
  console.log(`| false single-source notes | ${percent(s.falseSingleSource)} | ${s.falseSingleSource.total} notes |`);
  if (report.consensus.length === 0) {
    console.log("consensus: not in this build (the report has no consensus entries)");
    return undefined;
  }
  const answers = consensusAnswers(report.consensus, set.normalise);
  const confidence = new Map(report.consensus.map((e) => [itemKey(e.subject, e.predicate), e.confidence]));
  const judged = new Map([...answers].map(([item, value]) => [item, { value, confidence: confidence.get(item)! }]));
  console.log(`\ncalibration (report): ${calibration(set.gold, judged)}`);
  return accuracy(set.gold, answerable, (i) => answers.get(i));
}

/** Mean confidence against accuracy, in bands of confidence: a calibrated consensus has them close. */
function calibration(gold: Gold, answers: ReadonlyMap<string, { value: string; confidence: number }>): string {
  const bands = [0, 0.5, 0.7, 0.9, 0.95, 1.01];
  const rows: string[] = [];
  for (let b = 0; b + 1 < bands.length; b++) {
    let n = 0;
    let right = 0;
    let confidence = 0;
    for (const [item, value] of gold.values) {
      const answer = answers.get(item);
      if (!answer || answer.confidence < bands[b]! || answer.confidence >= bands[b + 1]!) continue;
      n++;
      confidence += answer.confidence;
      if (answer.value === value) right++;
    }
    if (n > 0) rows.push(`[${bands[b]}, ${Math.min(1, bands[b + 1]!)}): ${n} values, mean confidence ${(confidence / n).toFixed(2)}, right ${((100 * right) / n).toFixed(0)}%`);
  }
  return rows.join("; ");
}
