/**
 * Writes the real Flight data (../shared/eval/truth/flight, read in place) as
 * one corroborate corpus for the scale benchmark, the way the real-data
 * benchmark builds it (scripts/truth/convert.ts: cells as written, times as
 * datetime expressions, gates as codes), as one line of JSON:
 *
 *   tsx scripts/bench/flight-corpus.ts --out flight.json [--dir ../shared/eval/truth/flight]
 *
 * Exits 3 without writing when the data is not there, so the benchmark can
 * skip the case.
 */
import { existsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { flightClaims } from "../truth/claims.js";
import { FLIGHT_PREDICATES, flightValue, toCorpus } from "../truth/convert.js";
import { readFlights } from "../truth/data.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const { values } = parseArgs({ options: { out: { type: "string" }, dir: { type: "string", default: join(root, "../shared/eval/truth/flight") } } });
if (!values.out) {
  console.error("usage: flight-corpus.ts --out FILE [--dir FLIGHT_DIR]");
  process.exit(2);
}
if (!existsSync(values.dir)) {
  console.error(`flight-corpus: ${values.dir} is not here`);
  process.exit(3);
}
const claims = flightClaims(readFlights(values.dir));
writeFileSync(values.out, JSON.stringify(toCorpus("Flights, December 2011 (training part)", claims, FLIGHT_PREDICATES, flightValue)));
