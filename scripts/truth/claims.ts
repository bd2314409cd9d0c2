/**
 * The raw rows as claims: one per non-placeholder cell, with the cell as
 * written and its gold normalisation beside it. The converter turns these into
 * a corroborate corpus; the scorers judge the library's report and the
 * consensus against the normalisation.
 */
import { FLIGHT_ATTRIBUTES, isTimeAttribute, type BookRow, type FlightRow, type GoldBook, type GoldFlight } from "./data.js";
import { isPlaceholder, lastNames, nameDoubts, normalizeGate, normalizeTime, otherLastNames, type NameDoubt } from "./normalize.js";

/** A cell as a claim. */
export interface RawClaim {
  /** Unique: `site/subject/predicate`, with `#2`, `#3` … for further snapshots that differ. */
  readonly id: string;
  readonly source: string;
  readonly subject: string;
  readonly predicate: string;
  /** The cell as written (HTML entities left as they are, outer spaces trimmed). */
  readonly written: string;
  /** For a time written without a date: the day it is read against (the flight's). */
  readonly anchor?: string;
  /** The gold normalisation of the cell, or `undefined` when it states no readable value (a terminal without a gate). */
  readonly key: string | undefined;
  /** Another normalisation the cell may mean, when its reading is in doubt (an author list of names written "Raskin Jef"). */
  readonly otherKey?: string;
  /** Each name of such a cell whose order is in doubt, with its two readings: a judge may read each name on its own. */
  readonly doubts?: readonly NameDoubt[];
}

/** `subject \0 predicate`: one group of claims. */
export function itemKey(subject: string, predicate: string): string {
  return `${subject}\u0000${predicate}`;
}

/** The key of an author list: its last names, sorted, joined by `|`. */
export function namesKey(cell: string): string | undefined {
  return lastNames(cell)?.join("|");
}

/** Every cell of every flight row that is not a placeholder; exact repeats of a snapshot are kept once. */
export function flightClaims(rows: readonly FlightRow[]): RawClaim[] {
  const claims: RawClaim[] = [];
  const seen = new Map<string, Set<string>>();
  for (const row of rows) {
    const subject = `${row.flight}@${row.date}`;
    FLIGHT_ATTRIBUTES.forEach((predicate, i) => {
      const cell = row.cells[i]!;
      if (isPlaceholder(cell)) return;
      const written = cell.trim();
      const base = `${row.site}/${subject}/${predicate}`;
      const earlier = seen.get(base);
      if (earlier?.has(written)) return;
      if (earlier) earlier.add(written);
      else seen.set(base, new Set([written]));
      const n = seen.get(base)!.size;
      const time = isTimeAttribute(predicate);
      claims.push({
        id: n === 1 ? base : `${base}#${n}`,
        source: row.site,
        subject,
        predicate,
        written,
        ...(time && { anchor: row.date }),
        key: time ? normalizeTime(written, row.date) : normalizeGate(written),
      });
    });
  }
  return claims;
}

/** Every author cell that is not a placeholder. */
export function bookClaims(rows: readonly BookRow[]): RawClaim[] {
  const claims: RawClaim[] = [];
  const seen = new Map<string, Set<string>>();
  for (const row of rows) {
    if (isPlaceholder(row.authors)) continue;
    const written = row.authors.trim();
    const base = `${row.store}/${row.isbn}/authors`;
    const earlier = seen.get(base);
    if (earlier?.has(written)) continue;
    if (earlier) earlier.add(written);
    else seen.set(base, new Set([written]));
    const n = seen.get(base)!.size;
    const other = otherLastNames(written)?.join("|");
    claims.push({
      id: n === 1 ? base : `${base}#${n}`,
      source: row.store,
      subject: row.isbn,
      predicate: "authors",
      written,
      key: namesKey(written),
      ...(other !== undefined && { otherKey: other, doubts: nameDoubts(written) }),
    });
  }
  return claims;
}

/** The gold values by item. */
export interface Gold {
  readonly values: ReadonlyMap<string, string>;
  /** Items the gold lists twice with different values: left out of the measure. */
  readonly ambiguous: number;
}

/** The gold flights' values by item; a flight listed twice with different values for an attribute leaves that attribute out. */
export function flightGold(gold: readonly GoldFlight[]): Gold {
  const values = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const g of gold) {
    FLIGHT_ATTRIBUTES.forEach((predicate, i) => {
      const cell = g.cells[i]!;
      const key = isTimeAttribute(predicate) ? normalizeTime(cell, g.date) : normalizeGate(cell);
      if (key === undefined) return;
      const item = itemKey(`${g.flight}@${g.date}`, predicate);
      const before = values.get(item);
      if (before !== undefined && before !== key) ambiguous.add(item);
      values.set(item, key);
    });
  }
  for (const item of ambiguous) values.delete(item);
  return { values, ambiguous: ambiguous.size };
}

export function bookGold(gold: readonly GoldBook[]): Gold {
  const values = new Map<string, string>();
  for (const g of gold) {
    const key = namesKey(g.authors);
    if (key !== undefined) values.set(itemKey(g.isbn, "authors"), key);
  }
  return { values, ambiguous: 0 };
}
