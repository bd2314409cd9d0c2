/**
 * Writes a synthetic corpus of any size for the benchmarks, deterministically:
 *
 *   tsx scripts/bench/generate-corpus.ts --claims 1000000 --out big.json [--ndjson | --one-line] [--skew [--values 50]] [--seed 7]
 *
 * About 10 claims per subject from 1,000 sources, with every value type,
 * relative date expressions that resolve against their source's publication
 * date, spelling variants of names, status timelines with deadlines, republished
 * sources, and a share of real conflicts (about one subject in ten). `--skew`
 * puts every claim on one subject and one predicate with `--values` distinct
 * values (default 50; 1 makes one hot group of a single value). By default one
 * record per line; `--one-line` writes the corpus as `JSON.stringify` does,
 * with no line break at all (the most common machine output). The file is
 * streamed out, never held in memory whole.
 */
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    claims: { type: "string", default: "100000" },
    out: { type: "string" },
    ndjson: { type: "boolean", default: false },
    skew: { type: "boolean", default: false },
    values: { type: "string", default: "50" },
    "one-line": { type: "boolean", default: false },
    seed: { type: "string", default: "7" },
  },
});
const total = Number(values.claims);
const skewCount = Number(values.values);
if (!values.out || !Number.isInteger(total) || total <= 0 || !Number.isInteger(skewCount) || skewCount <= 0 || (values.ndjson && values["one-line"])) {
  console.error("usage: generate-corpus.ts --claims N --out FILE [--ndjson | --one-line] [--skew [--values V]] [--seed S]");
  process.exit(2);
}

// mulberry32: a small, seeded PRNG so the same arguments always give the same file.
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const FIRST = [["Mohammed", "Muhammad", "Mohamed"], ["Qasim", "Qassem"], ["Hossein", "Husain"], ["Yusuf", "Youssef"], ["Ahmad", "Ahmed"], ["Olga"], ["Jean-Luc", "Jean Luc"], ["Zoë", "Zoe"], ["Sean", "Seán"], ["Ngozi"]];
const LAST = ["al-Rashid", "Haddad", "O'Brien", "Nakamura", "al-Tamimi", "Kowalski", "Okafor", "Fernández", "Lindqvist", "Abdullah"];
const MIDDLE = ["Ali", "Maria", "K.", "bin Said"];
const PLACES = ["the northern province", "the capital", "a border town", "the coastal district", "the mountain region"];

const DAY = 86_400_000;
// Sources word things their own way, so their quotes do not look copied from one another.
const SAID = ["officials said", "witnesses told reporters", "a spokesperson confirmed", "according to local media", "police said", "the ministry announced", "residents recalled", "a statement read"];
const said = (source: string) => `${SAID[Number(source.slice(1)) % SAID.length]} (${source})`;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const base = Date.UTC(2021, 0, 1);

interface Source { id: string; outlet: string; published: number | null; precision: "day" | "month" | "none" }
const sources: Source[] = [];
for (let i = 0; i < 1000; i++) {
  const r = random();
  const precision = r < 0.75 ? "day" : r < 0.92 ? "month" : "none";
  sources.push({ id: `s${String(i).padStart(4, "0")}`, outlet: `Outlet ${i}`, published: precision === "none" ? null : base + int(0, 1400) * DAY, precision });
}
const byPublication = sources.filter((s) => s.precision === "day").sort((a, b) => a.published! - b.published!);
/** A day-precise source published 1 to 6 days after `day`, when there is one: it will write "on Sunday". */
function closeSource(day: number): Source | undefined {
  const close = byPublication.filter((s) => s.published! - day >= DAY && s.published! - day <= 6 * DAY);
  return close.length > 0 ? pick(close) : undefined;
}
const people = Array.from({ length: 2000 }, (_, i) => {
  const first = FIRST[i % FIRST.length]!;
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
  return { id: `p${i}`, first, middle: MIDDLE[i % MIDDLE.length]!, last: `${last}${i >= 100 ? `-${i}` : ""}` };
});

const out = createWriteStream(values.out);
let pending = "";
async function write(text: string): Promise<void> {
  pending += text;
  if (pending.length < 1 << 20) return;
  const chunk = pending;
  pending = "";
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
}

const predicates = {
  occurredOn: { type: "date", cardinality: "one" },
  ledBy: { type: "entity", cardinality: "one" },
  casualties: { type: "number", cardinality: "one", tolerance: 2 },
  location: { type: "text", cardinality: "one" },
  status: { type: "status", cardinality: "one", changesOverTime: true },
  deadline: { type: "date", cardinality: "one", role: "deadline" },
};
const sourceRecords = sources.map((s, i) => ({
  id: s.id,
  outlet: s.outlet,
  publishedAt: s.published === null ? null : s.precision === "month" ? iso(s.published).slice(0, 7) : iso(s.published),
  ...(i % 40 === 39 && { republishes: sources[i - 1]!.id }),
}));
const entityRecords = people.filter((_, i) => i % 2 === 0).map((p) => ({ id: p.id, names: [`${p.first[0]} ${p.last}`] }));

/** How a source writes a date: as words it can resolve, or as an absolute date. */
function dateExpression(day: number, source: Source): { value: Record<string, string>; words: string } {
  const d = new Date(day);
  const month = MONTHS[d.getUTCMonth()]!;
  const r = random();
  if (source.precision === "day" && source.published !== null) {
    const delta = Math.round((source.published - day) / DAY);
    if (delta >= 1 && delta <= 6 && r < 0.5) {
      const weekday = WEEKDAYS[(d.getUTCDay() + 6) % 7]!;
      return { value: { type: "date", expr: `on ${weekday}` }, words: `on ${weekday}` };
    }
    if (delta === 1 && r < 0.7) return { value: { type: "date", expr: "yesterday" }, words: "yesterday" };
    const published = new Date(source.published);
    if (delta > 31 && delta < 280 && published.getUTCMonth() !== d.getUTCMonth() && r < 0.6) {
      return { value: { type: "date", expr: `in ${month}` }, words: `in ${month}` };
    }
  }
  if (r < 0.3) return { value: { type: "date", value: iso(day) }, words: `on ${d.getUTCDate()} ${month} ${d.getUTCFullYear()}` };
  if (r < 0.5) return { value: { type: "date", value: iso(day).slice(0, 7) }, words: `in ${month} ${d.getUTCFullYear()}` };
  const expr = `${month} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
  return { value: { type: "date", expr }, words: `on ${expr}` };
}

function spelling(p: (typeof people)[number]): string {
  const first = pick(p.first);
  const r = random();
  if (r < 0.25) return `${first} ${p.middle} ${p.last}`;
  if (r < 0.5) return `${first} ${p.last.replace(/^al-/, "Al-")}`;
  return `${first} ${p.last}`;
}

async function main(): Promise<void> {
  const ndjson = values.ndjson;
  if (ndjson) {
    await write(`${JSON.stringify({ corpus: { format: "corroborate/v1", title: `Synthetic corpus (${total} claims)` } })}\n`);
    for (const s of sourceRecords) await write(`${JSON.stringify({ source: s })}\n`);
    for (const e of entityRecords) await write(`${JSON.stringify({ entity: e })}\n`);
    for (const [name, spec] of Object.entries(predicates)) await write(`${JSON.stringify({ predicate: { name, ...spec } })}\n`);
  } else {
    // One record per line, or (--one-line) byte for byte what JSON.stringify writes.
    const nl = values["one-line"] ? "" : "\n";
    await write(`{"format":"corroborate/v1","title":"Synthetic corpus (${total} claims)",${nl}"sources":${JSON.stringify(sourceRecords)},${nl}`);
    await write(`"entities":${JSON.stringify(entityRecords)},${nl}"predicates":${JSON.stringify(predicates)},${nl}"claims":[${nl}`);
  }
  let n = 0;
  const emit = async (claim: Record<string, unknown>) => {
    const text = JSON.stringify(claim);
    if (ndjson) await write(`${JSON.stringify({ claim })}\n`);
    else await write(`${n === 0 ? "" : values["one-line"] ? "," : ",\n"}${text}`);
    n++;
  };
  const skewValues = Array.from({ length: skewCount }, (_, i) => base + i * 17 * DAY);
  for (let subject = 0; n < total; subject++) {
    const id = `event-${subject}`;
    if (values.skew) {
      const source = pick(sources);
      const { value, words } = dateExpression(pick(skewValues), source);
      await emit({ id: `c${n}`, source: source.id, subject: "one-event", predicate: "occurredOn", value, quote: `The event took place ${words}, ${said(source.id)}.` });
      continue;
    }
    const truth = base + int(0, 1300) * DAY;
    const conflict = random() < 0.1;
    const leader = pick(people);
    const count = int(3, 400);
    const place = pick(PLACES);
    const deadline = truth + int(20, 120) * DAY;
    const plan: (() => Promise<void>)[] = [];
    for (let k = 0; k < 3; k++) {
      plan.push(async () => {
        const day = conflict && k === 2 ? truth + int(40, 400) * DAY : truth;
        const source = (random() < 0.5 ? closeSource(day) : undefined) ?? pick(sources);
        const { value, words } = dateExpression(day, source);
        await emit({ id: `c${n}`, source: source.id, subject: id, predicate: "occurredOn", value, quote: `The event took place ${words}, ${said(source.id)}.` });
      });
    }
    for (let k = 0; k < 2; k++) {
      plan.push(async () => {
        const who = conflict && k === 1 ? pick(people) : leader;
        const name = spelling(who);
        const source = pick(sources).id;
        await emit({ id: `c${n}`, source, subject: id, predicate: "ledBy", value: { type: "entity", value: name }, quote: `It was led by ${name}, ${said(source)}.` });
      });
    }
    for (let k = 0; k < 2; k++) {
      plan.push(async () => {
        const value = conflict && k === 1 ? count * 3 + 10 : count + int(-1, 1);
        const source = pick(sources).id;
        await emit({ id: `c${n}`, source, subject: id, predicate: "casualties", value: { type: "number", value, unit: "people" }, quote: `At least ${value} people were hurt, ${said(source)}.` });
      });
    }
    plan.push(async () => {
      await emit({ id: `c${n}`, source: pick(sources).id, subject: id, predicate: "location", value: { type: "text", value: place }, quote: `It happened in ${place}.` });
    });
    plan.push(async () => {
      const source = pick(sources);
      const status = random() < 0.5 ? "complete" : "in-progress";
      await emit({
        id: `c${n}`, source: source.id, subject: id, predicate: "status", value: { type: "status", value: status },
        asOf: { type: "date", value: iso(deadline + int(-10, 30) * DAY) }, quote: `The review is ${status === "complete" ? "complete" : "still under way"}, an official said.`,
        ...(random() < 0.3 && { attributedTo: "an official" }),
      });
    });
    plan.push(async () => {
      await emit({ id: `c${n}`, source: pick(sources).id, subject: id, predicate: "deadline", value: { type: "date", value: iso(deadline) }, quote: `The deadline is ${iso(deadline)}.` });
    });
    for (const step of plan) if (n < total) await step();
  }
  if (!ndjson) await write(values["one-line"] ? "]}" : "\n]}\n");
  out.write(pending);
  out.end();
  await new Promise<void>((resolve) => out.on("finish", () => resolve()));
}

await main();
