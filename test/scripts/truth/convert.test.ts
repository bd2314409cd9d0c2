import { describe, expect, it } from "vitest";
import { bookClaims, bookGold, flightClaims, flightGold, itemKey } from "../../../scripts/truth/claims.js";
import { BOOK_PREDICATES, FLIGHT_PREDICATES, bookValue, flightValue, toCorpus } from "../../../scripts/truth/convert.js";
import { dayOfFile, parseTsv } from "../../../scripts/truth/data.js";
import { parseCorpus } from "../../../src/index.js";

const rows = [
  { site: "aa", flight: "AA-1007-TPA-MIA", date: "2011-12-01", cells: ["12/01/2011 01:55 PM", "12/01/2011 02:07 PM", "F78", "12/01/2011 03:00 PM", "Not Available", "D5"] },
  { site: "flightview", flight: "AA-1007-TPA-MIA", date: "2011-12-01", cells: ["", "2:07 PMDec 01", "-", "", "2:57 PMDec 01", "Terminal 3"] },
  // The same snapshot twice, then a different one: the repeat is kept once, the difference is a second claim.
  { site: "flightview", flight: "AA-1007-TPA-MIA", date: "2011-12-01", cells: ["", "2:07 PMDec 01", "-", "", "2:57 PMDec 01", "Terminal 3"] },
  { site: "flightview", flight: "AA-1007-TPA-MIA", date: "2011-12-01", cells: ["", "2:08 PMDec 01", "-", "", "", ""] },
];

describe("flight rows become claims", () => {
  const claims = flightClaims(rows);

  it("one per cell that is not a placeholder, the cell as written, its gold normalisation beside it", () => {
    expect(claims.map((c) => [c.id, c.written, c.key])).toEqual([
      ["aa/AA-1007-TPA-MIA@2011-12-01/scheduledDeparture", "12/01/2011 01:55 PM", "2011-12-01T13:55"],
      ["aa/AA-1007-TPA-MIA@2011-12-01/actualDeparture", "12/01/2011 02:07 PM", "2011-12-01T14:07"],
      ["aa/AA-1007-TPA-MIA@2011-12-01/departureGate", "F78", "F78"],
      ["aa/AA-1007-TPA-MIA@2011-12-01/scheduledArrival", "12/01/2011 03:00 PM", "2011-12-01T15:00"],
      ["aa/AA-1007-TPA-MIA@2011-12-01/arrivalGate", "D5", "D5"],
      ["flightview/AA-1007-TPA-MIA@2011-12-01/actualDeparture", "2:07 PMDec 01", "2011-12-01T14:07"],
      ["flightview/AA-1007-TPA-MIA@2011-12-01/actualArrival", "2:57 PMDec 01", "2011-12-01T14:57"],
      ["flightview/AA-1007-TPA-MIA@2011-12-01/arrivalGate", "Terminal 3", undefined],
      ["flightview/AA-1007-TPA-MIA@2011-12-01/actualDeparture#2", "2:08 PMDec 01", "2011-12-01T14:08"],
    ]);
  });

  it("make a corpus the library accepts: times as datetime expressions anchored on the flight's day, gates as codes", () => {
    const corpus = toCorpus("Flights", claims, FLIGHT_PREDICATES, flightValue);
    const parsed = parseCorpus(corpus);
    expect(parsed.ok).toBe(true);
    expect(corpus.sources).toEqual([
      { id: "aa", outlet: "aa" },
      { id: "flightview", outlet: "flightview" },
    ]);
    expect(corpus.claims[1]).toEqual({
      id: "aa/AA-1007-TPA-MIA@2011-12-01/actualDeparture",
      source: "aa",
      subject: "AA-1007-TPA-MIA@2011-12-01",
      predicate: "actualDeparture",
      value: { type: "datetime", expr: "12/01/2011 02:07 PM", anchor: "2011-12-01" },
      quote: "12/01/2011 02:07 PM",
    });
    expect(corpus.claims[2]!.value).toEqual({ type: "code", value: "F78" });
  });
});

describe("book rows become claims", () => {
  const claims = bookClaims([
    { store: "A1Books", isbn: "0201853949", title: "The Art of Computer Programming", authors: "Knuth, Donald E." },
    { store: "eCampus.com", isbn: "0201853949", title: "The art Of Computer Programming", authors: "Not Available" },
    { store: "Indoo.com", isbn: "0201853949", title: "Art of Computer Programming", authors: "Knuth &amp; Fuller" },
  ]);

  it("author lists as names expressions, entities left as written", () => {
    const corpus = toCorpus("Books", claims, BOOK_PREDICATES, bookValue);
    expect(parseCorpus(corpus).ok).toBe(true);
    expect(corpus.claims.map((c) => [c.id, c.value, c.quote])).toEqual([
      ["A1Books/0201853949/authors", { type: "names", expr: "Knuth, Donald E." }, "Knuth, Donald E."],
      ["Indoo.com/0201853949/authors", { type: "names", expr: "Knuth &amp; Fuller" }, "Knuth &amp; Fuller"],
    ]);
    expect(claims.map((c) => c.key)).toEqual(["knuth", "fuller|knuth"]);
  });
});

describe("gold values", () => {
  it("flights: by item, normalised; a flight listed twice with different values leaves that attribute out", () => {
    const gold = flightGold([
      { flight: "UA-382-IAD-LAX", date: "2011-12-01", cells: ["Thu, Dec 1 12:30 PM", "Thu, Dec 1 12:35 PM            Delayed", "D1", "Thu, Dec 1 3:19 PM", "Thu, Dec 1 3:11 PM", "75B"] },
      { flight: "UA-382-IAD-LAX", date: "2011-12-01", cells: ["Thu, Dec 1 12:30 PM", "Thu, Dec 1 12:35 PM            Delayed", "D1", "Thu, Dec 1 3:19 PM", "Thu, Dec 1 3:21 PM", "75B"] },
    ]);
    expect(gold.ambiguous).toBe(1);
    expect(gold.values.get(itemKey("UA-382-IAD-LAX@2011-12-01", "actualDeparture"))).toBe("2011-12-01T12:35");
    expect(gold.values.has(itemKey("UA-382-IAD-LAX@2011-12-01", "actualArrival"))).toBe(false);
  });

  it("books: the last names of the listed authors", () => {
    const gold = bookGold([{ isbn: "0124499759", authors: "lientz, bennet p.;  rea, kathryn p.;  " }]);
    expect(gold.values.get(itemKey("0124499759", "authors"))).toBe("lientz|rea");
  });
});

describe("the data files", () => {
  it("are tab-separated lines, blank ones skipped", () => {
    expect(parseTsv("a\tb\t\n\nc\td\r\n")).toEqual([["a", "b", ""], ["c", "d"]]);
  });

  it("are named by their day", () => {
    expect(dayOfFile("20111201.tsv")).toBe("2011-12-01");
    expect(dayOfFile("README.md")).toBeUndefined();
  });
});
