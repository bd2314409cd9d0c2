import { describe, expect, it } from "vitest";
import { decodeEntities } from "../../src/values/names/clean.js";
import { readListedNames, readNameList } from "../../src/values/names/split.js";

/** "Given|Surname" of each name read, or the failure. */
function read(expr: string): string[] | string {
  const r = readNameList(expr);
  return r.failure ?? r.names.map((n) => `${n.given}|${n.surname}${n.suffix ? `|${n.suffix}` : ""}`);
}

describe("readNameList: where a comma separates two people and where a surname from given names", () => {
  it.each([
    ["Knuth, Donald E.; Patashnik, Oren", ["Donald E.|Knuth", "Oren|Patashnik"], "split at ';' into 2 names, each 'Last, First'"],
    ["Aho, Alfred V., Lam, Monica S.", ["Alfred V.|Aho", "Monica S.|Lam"], "split at ',' into 2 names, each 'Last, First'"],
    ["Ullman, Jeffrey D., Widom, Jennifer", ["Jeffrey D.|Ullman", "Jennifer|Widom"], "split at ',' into 2 names, each 'Last, First'"],
    ["Donald E. Knuth, Oren Patashnik", ["Donald E.|Knuth", "Oren|Patashnik"], "split at ',' into 2 names, each 'First Last'"],
    ["Pete Loshin", ["Pete|Loshin"], "one name, written 'First Last'"],
    ["HUTTON", ["|Hutton"], "one name, written a surname alone"],
    ["Knuth, Donald", ["Donald|Knuth"], "one name, written 'Last, First'"],
    ["Van Der Lans, Rick", ["Rick|Van Der Lans"], "one name, written 'Last, First'"],
    ["Sparck Jones, Karen", ["Karen|Sparck Jones"], "one name, written 'Last, First'"],
    ["Knuth Donald E", ["Donald E.|Knuth"], "one name, written 'Last First'"],
    ["Date, C.J.", ["C. J.|Date"], "one name, written 'Last, First'"],
    ["Shaw, Paul, D", ["Paul D.|Shaw"], "one name, written 'Last, First'"],
    ["Brooks, Frederick P., Jr.", ["Frederick P.|Brooks|Jr."], "one name, written 'Last, First'"],
  ])("'%s'", (expr, names, how) => {
    expect(read(expr)).toEqual(names);
    expect(readNameList(expr).how).toBe(how);
  });

  it("reads lists that lost the separator between names: Last, First Last, First", () => {
    expect(read("ROZANSKI, NICK WOODS, EOIN")).toEqual(["Nick|Rozanski", "Eoin|Woods"]);
    expect(read("Vaughn, William R. Blackburn, Peter")).toEqual(["William R.|Vaughn", "Peter|Blackburn"]);
    expect(readNameList("Benyon, David Turner, Susan Turner, Phil").how).toBe("split at ',' into 3 names, each 'Last, First', with no separator between names");
  });

  it("tells names with no separator apart by their middle initials, and only so", () => {
    expect(read("Brent E. Rector Joseph M. Newcomer")).toEqual(["Brent E.|Rector", "Joseph M.|Newcomer"]);
    expect(read("Zhigang Xiang Roy A. Plastock")).toEqual(["Zhigang|Xiang", "Roy A.|Plastock"]);
    expect(readNameList("Brent E. Rector Joseph M. Newcomer").how).toBe("split at middle initials into 2 names, each 'First M. Last', with no separator between names");
    expect(readNameList("W. Richard Stevens Gary R. Wright").failure).toContain("4 names with no separator");
    expect(readNameList("Connie U. Smith Lloyd G. Williams Connie Smith Lloyd Williams").failure).toContain("8 names with no separator");
  });

  it("separates names run together and says so", () => {
    expect(read("Sedgewick, RobertFlajolet, Philippe")).toEqual(["Robert|Sedgewick", "Philippe|Flajolet"]);
    expect(readNameList("Sedgewick, RobertFlajolet, Philippe").how).toContain("read 'RobertFlajolet' as 'Robert Flajolet'");
    expect(read("Connolly, Thomas M.Begg, Carolyn E.")).toEqual(["Thomas M.|Connolly", "Carolyn E.|Begg"]);
    expect(read("McManus, Jeffrey P.; MacDonald, Ian")).toEqual(["Jeffrey P.|McManus", "Ian|MacDonald"]);
  });

  it("splits at every separator sources use", () => {
    expect(read("Binstock, Andrew/ Rex, John")).toEqual(["Andrew|Binstock", "John|Rex"]);
    expect(read("Aho &amp; Lam")).toEqual(["|Aho", "|Lam"]);
    expect(read("Beauchemin, Bob, and Sullivan, Dan")).toEqual(["Bob|Beauchemin", "Dan|Sullivan"]);
    expect(read("Adams, Tyrone & Sharon Scollard")).toEqual(["Tyrone|Adams", "Sharon|Scollard"]);
    expect(read("Kochmer; Frandsen;")).toEqual(["|Kochmer", "|Frandsen"]);
    expect(readNameList("Aho &amp; Lam").how).toBe("split at '&' into 2 names, each a surname alone; HTML entities decoded");
  });
});

describe("readNameList: a serial list of surnames ('A, B and C')", () => {
  it("reads the commas of 'A, B and C' as separators when every item is one word and none a known given name", () => {
    expect(read("Graham, Knuth and Patashnik")).toEqual(["|Graham", "|Knuth", "|Patashnik"]);
    expect(read("Graham, Knuth, and Patashnik")).toEqual(["|Graham", "|Knuth", "|Patashnik"]);
    expect(read("Graham, Knuth & Patashnik")).toEqual(["|Graham", "|Knuth", "|Patashnik"]);
    expect(read("Aho, Sethi, Ullman and Lam")).toEqual(["|Aho", "|Sethi", "|Ullman", "|Lam"]);
    expect(read("GRAHAM, KNUTH AND PATASHNIK")).toEqual(["|Graham", "|Knuth", "|Patashnik"]);
    expect(readNameList("Graham, Knuth and Patashnik").how).toBe(
      "split at ',' and 'and' into 3 names, each a surname alone; its commas separate surnames ('A, B and C', none a given name)",
    );
  });

  it("keeps 'Last, First' where an item is a given name the table knows, or more than one word", () => {
    expect(read("Knuth, Donald and Patashnik")).toEqual(["Donald|Knuth", "|Patashnik"]);
    expect(read("Campbell, Dave and Mary")).toEqual(["Dave|Campbell", "|Mary"]); // 'Dave', a familiar form of David
    expect(read("Knuth, Donald and Oren Patashnik")).toEqual(["Donald|Knuth", "Oren|Patashnik"]);
    expect(read("Beauchemin, Bob, and Sullivan, Dan")).toEqual(["Bob|Beauchemin", "Dan|Sullivan"]);
    expect(read("Knuth, Donald E. and Patashnik")).toEqual(["Donald E.|Knuth", "|Patashnik"]);
    expect(read("Van Der Lans, Rick and Date")).toEqual(["Rick|Van Der Lans", "|Date"]);
    // Two items are no serial list: 'Last, First' as ever.
    expect(read("Knuth, Graham")).toEqual(["Graham|Knuth"]);
    expect(read("Knuth and Patashnik")).toEqual(["|Knuth", "|Patashnik"]);
  });
});

describe("readNameList: what scraped lists carry besides names", () => {
  it("decodes HTML entities", () => {
    expect(read("Gagn&eacute;, Marcel")).toEqual(["Marcel|Gagné"]);
    expect(read("O&#146;Neil, Patrick")).toEqual(["Patrick|O’Neil"]);
  });

  it("repairs UTF-8 that was read as Latin-1 or Windows-1252, and only that", () => {
    expect(read("Bj&Atilde;&para;rn Karlsson")).toEqual(["Björn|Karlsson"]);
    expect(read("Thierry D&Acirc;&#146;Hers")).toEqual(["Thierry|D’Hers"]);
    expect(read("Ã‰mile Zola")).toEqual(["Émile|Zola"]);
    expect(readNameList("BjÃ¶rn Karlsson").how).toContain("UTF-8 read as Latin-1 repaired");
    // Latin-1 letters that are no such run stay as written.
    expect(read("Gödel, Kurt; Ângelo Ãlvares")).toEqual(["Kurt|Gödel", "Ângelo|Ãlvares"]);
  });

  it("leaves out role words, and the role marks end a name", () => {
    expect(read("Sedgewick, Robert (Author)")).toEqual(["Robert|Sedgewick"]);
    expect(read("By (author) Theodoridis, Sergios By (author) Koutroumbas, Konstantinos")).toEqual(["Sergios|Theodoridis", "Konstantinos|Koutroumbas"]);
    expect(read("Binstock, Andrew (Author) Rex, John (With)")).toEqual(["Andrew|Binstock", "John|Rex"]);
    expect(read("Laurel, Brenda (ed.)")).toEqual(["Brenda|Laurel"]);
    expect(read("Editor: LAUREL, BRENDA")).toEqual(["Brenda|Laurel"]);
    expect(readNameList("Binstock, Andrew (Author) Rex, John (With)").how).toBe("split at role marks into 2 names, each 'Last, First'; role words left out");
  });

  it("leaves out who is named but did not write the book", () => {
    expect(read("Knuth, Donald E.; Patashnik, Oren (Foreword by)")).toEqual(["Donald E.|Knuth"]);
    expect(read("Bloch, Joshua, foreword by Guy Steele")).toEqual(["Joshua|Bloch"]);
    expect(read("Park, Jack; Foreword by Douglas Engelbart")).toEqual(["Jack|Park"]);
    expect(readNameList("Bloch, Joshua, foreword by Guy Steele").how).toContain("1 contributor who is not an author left out");
  });

  it("reads 'et al.' as a list that says it is incomplete", () => {
    const r = readNameList("Christine Hofmeister, et al");
    expect(r.names.map((n) => n.name)).toEqual(["Christine Hofmeister"]);
    expect(r.etAl).toBe(true);
    expect(r.how).toContain("'et al.' read as an incomplete list");
  });

  it("leaves out degrees, but not initials that look like one", () => {
    expect(read("Smith, John, Ph.D.")).toEqual(["John|Smith"]);
    expect(read("Peter Aiken, M.D. Allen")).toEqual(["Peter|Aiken", "M. D.|Allen"]);
  });

  it("writes names in capitals as names are written", () => {
    expect(readNameList("O'LEARY, TIMOTHY J.").names[0]!.name).toBe("Timothy J. O'Leary");
  });

  it("tolerates extra spaces, trailing separators and dangling hyphens", () => {
    expect(read("  Hawash,   Maher, ")).toEqual(["Maher|Hawash"]);
    expect(read("Buck Woody-")).toEqual(["Buck|Woody"]);
  });

  it("reads a generational suffix among the given names or after the surname as the name's suffix", () => {
    expect(read("Olsen, Dan R. Jr.")).toEqual(["Dan R.|Olsen|Jr."]);
    expect(read("Staugaard, Andrew Jr. C.")).toEqual(["Andrew C.|Staugaard|Jr."]);
    expect(read("Olsen Jr, Dan R.")).toEqual(["Dan R.|Olsen|Jr"]);
  });

  it("reads an HTML line break left between names (its tag, or 'BR' glued between a lower-case letter and a capitalised word) as a separator", () => {
    expect(read("Sharma, VivekBRSharma, Rajiv")).toEqual(["Vivek|Sharma", "Rajiv|Sharma"]);
    expect(read("Coulouris, George<br/>Dollimore, Jean")).toEqual(["George|Coulouris", "Jean|Dollimore"]);
    expect(readNameList("Sharma, VivekBRSharma, Rajiv").how).toContain("'BR' read as a line break between names");
    // Not capitals inside a name or a name in capitals.
    expect(read("BRUCE")).toEqual(["|Bruce"]);
    expect(read("McBRide, Ann")).toEqual(["Ann|McBRide"]);
  });

  it("reads a hyphen and a space after a word, in a list with no comma, as the comma of 'Last, First'", () => {
    expect(read("Woody- Buck")).toEqual(["Buck|Woody"]);
    expect(read("Skonnard- Aaron/ Gudgin- Martin")).toEqual(["Aaron|Skonnard", "Martin|Gudgin"]);
    expect(read("Jean-Paul Sartre")).toEqual(["Jean-Paul|Sartre"]);
  });

  it("reads a surname written again after 'Last, First' once", () => {
    expect(read("Harrington, Jan L. Harrington")).toEqual(["Jan L.|Harrington"]);
  });

  it("leaves out a placeholder among the names", () => {
    expect(read("Not Available (NA)/ Morris, Terry")).toEqual(["Terry|Morris"]);
  });

  it("keeps an exact repeat once", () => {
    expect(read("Paul D. Sheriff, Ken Getz, Ken Getz")).toEqual(["Paul D.|Sheriff", "Ken|Getz"]);
  });

  it("notes the other order of a name whose order was a guess", () => {
    expect(readNameList("Seacord Robert").names[0]).toMatchObject({ name: "Seacord Robert", reversed: "Robert Seacord" });
    expect(readNameList("Seacord, Robert").names[0]!.reversed).toBeUndefined();
  });
});

describe("readNameList: what cannot be read is a failure with a reason, never a guess", () => {
  it.each([
    ["Not Available", "'Not Available' names no one"],
    ["", "'' names no one"],
    ["  -  ", "'-' names no one"],
    ["Richard Roiger Michael Geatz", "cannot tell where one name ends and the next begins in 'Richard Roiger Michael Geatz': 4 names with no separator"],
    [
      "THEODORIDIS, SERGIOSKOUTROUMBAS, KONSTANTINOS",
      "cannot tell where one name ends and the next begins in 'THEODORIDIS, SERGIOSKOUTROUMBAS, KONSTANTINOS': 3 comma-separated parts that are neither 'Last, First' pairs nor 'First Last' names",
    ],
    ["Harvey &amp; Paul) Deitel &amp; Associates", "'Harvey &amp; Paul) Deitel &amp; Associates' has an unbalanced parenthesis"],
    ["Volume 2", "'Volume 2' is not a name: it has digits"],
  ])("'%s'", (expr, failure) => {
    expect(readNameList(expr)).toMatchObject({ names: [], failure });
  });
});

describe("readListedNames", () => {
  it("reads each element as one name, in either order", () => {
    const r = readListedNames(["Knuth, Donald E.", "Oren Patashnik"]);
    expect(r.names.map((n) => n.name)).toEqual(["Donald E. Knuth", "Oren Patashnik"]);
    expect(r.how).toBe("1 name written 'Last, First'");
  });

  it("reads names written as they are without explanation", () => {
    expect(readListedNames(["Donald E. Knuth", "Oren Patashnik"]).how).toBeUndefined();
  });

  it("refuses an element that holds several names", () => {
    expect(readListedNames(["Knuth, Donald; Patashnik, Oren"]).failure).toBeDefined();
    expect(readListedNames(["Aho, Alfred V., Lam, Monica S."]).failure).toBe("'Aho, Alfred V., Lam, Monica S.' is more than one name; list each name as its own element");
  });
});

describe("decodeEntities", () => {
  it("decodes named, numeric and Windows-1252 references, and drops unknown markup", () => {
    expect(decodeEntities("Aho &amp; Lam")).toBe("Aho & Lam");
    expect(decodeEntities("Gagn&eacute;")).toBe("Gagné");
    expect(decodeEntities("O&#146;Neil &#x41;")).toBe("O’Neil A");
    expect(decodeEntities("Smith&copy;")).toBe("Smith ");
    expect(decodeEntities("no entity")).toBe("no entity");
  });
});
