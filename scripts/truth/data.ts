/**
 * Reading the Flight and Book files of ../shared/eval/truth as they are
 * (tab-separated, ISO-8859-1, no header) into plain rows. Research data is read
 * in place, never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The six attributes of a flight, in the files' column order (after site and flight). */
export const FLIGHT_ATTRIBUTES = ["scheduledDeparture", "actualDeparture", "departureGate", "scheduledArrival", "actualArrival", "arrivalGate"] as const;
export type FlightAttribute = (typeof FLIGHT_ATTRIBUTES)[number];

/** Which attributes are times; the others are gates. */
export function isTimeAttribute(attribute: FlightAttribute): boolean {
  return !attribute.endsWith("Gate");
}

/** One site's snapshot of one flight on one day, cells as written. */
export interface FlightRow {
  readonly site: string;
  /** "AA-1007-TPA-MIA". */
  readonly flight: string;
  /** The day of the file, ISO: "2011-12-01". */
  readonly date: string;
  /** The six cells, in {@link FLIGHT_ATTRIBUTES} order. */
  readonly cells: readonly string[];
}

/** The airline's own values for one flight on one day. */
export interface GoldFlight {
  readonly flight: string;
  readonly date: string;
  readonly cells: readonly string[];
}

/** One store's listing of one book, cells as written. */
export interface BookRow {
  readonly store: string;
  readonly isbn: string;
  readonly title: string;
  readonly authors: string;
}

export interface GoldBook {
  readonly isbn: string;
  /** "last, first;  last, first;  " (lower case). */
  readonly authors: string;
}

/** Split a TSV file into rows of cells; the last line may lack its newline, blank lines are skipped. */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split(/\r?\n/)) if (line.trim() !== "") rows.push(line.split("\t"));
  return rows;
}

/** "20111201.tsv" → "2011-12-01", or `undefined` for any other name. */
export function dayOfFile(name: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})\.tsv$/.exec(name);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

function readLatin1(path: string): string {
  return readFileSync(path, "latin1");
}

/** The days of flight data in `dir` (the `flight` folder), oldest first. */
export function flightDays(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => dayOfFile(name) !== undefined)
    .sort();
}

/** Every site's rows, day by day, in file order. */
export function readFlights(dir: string): FlightRow[] {
  const rows: FlightRow[] = [];
  for (const name of flightDays(dir)) {
    const date = dayOfFile(name)!;
    for (const cells of parseTsv(readLatin1(join(dir, name)))) {
      if (cells.length < 2) continue;
      rows.push({ site: cells[0]!, flight: cells[1]!, date, cells: padCells(cells.slice(2), 6) });
    }
  }
  return rows;
}

/** The gold flights, day by day (a flight listed twice keeps both rows: the scorer decides). */
export function readGoldFlights(dir: string): GoldFlight[] {
  const gold: GoldFlight[] = [];
  const goldDir = join(dir, "gold");
  if (!existsSync(goldDir)) return gold;
  for (const name of flightDays(goldDir)) {
    const date = dayOfFile(name)!;
    for (const cells of parseTsv(readLatin1(join(goldDir, name)))) gold.push({ flight: cells[0]!, date, cells: padCells(cells.slice(1), 6) });
  }
  return gold;
}

export function readBooks(dir: string): BookRow[] {
  return parseTsv(readLatin1(join(dir, "listings.tsv")))
    .filter((c) => c.length >= 2)
    .map((c) => ({ store: c[0]!, isbn: c[1]!, title: c[2] ?? "", authors: c[3] ?? "" }));
}

export function readGoldBooks(dir: string): GoldBook[] {
  const file = join(dir, "gold.tsv");
  if (!existsSync(file)) return [];
  return parseTsv(readLatin1(file)).map((c) => ({ isbn: c[0]!, authors: c[1] ?? "" }));
}

function padCells(cells: readonly string[], n: number): string[] {
  const out = cells.slice(0, n);
  while (out.length < n) out.push("");
  return out;
}
