import { describe, expect, it } from "vitest";
import { decodeEntities, isPlaceholder, lastNames, nameDoubts, normalizeGate, normalizeTime, otherLastNames } from "../../../scripts/truth/normalize.js";

describe("the gold normaliser reads every form of time in the data, to the minute", () => {
  const day = "2011-12-01";
  it.each([
    ["12/01/2011 02:07 PM", "2011-12-01T14:07"],
    ["2:07 PMDec 01", "2011-12-01T14:07"],
    ["12/1/11 2:06 PM (-05:00)", "2011-12-01T14:06"],
    ["12/1/2011 2:07PM EST", "2011-12-01T14:07"],
    ["1:55pDec 1", "2011-12-01T13:55"],
    ["14:07", "2011-12-01T14:07"],
    ["12:10 PM, Dec 01", "2011-12-01T12:10"],
    ["Dec 01 - 12:05pm", "2011-12-01T12:05"],
    ["Dec 01 - 12:00noon", "2011-12-01T12:00"],
    ["12:10 PM  Thu 01-Dec-2011", "2011-12-01T12:10"],
    ["Thu., Dec.01, 2011 1:55 p.m.", "2011-12-01T13:55"],
    ["Thu, Dec 1 12:35 PM            Delayed", "2011-12-01T12:35"],
    ["December 01, 2011               02:07 PM", "2011-12-01T14:07"],
    ["2011-12-01 6:20 PM (Estimated)", "2011-12-01T18:20"],
    ["9:05 PM, Dec 01&nbsp(Estimated)", "2011-12-01T21:05"],
    ["3:00P 12-01-11", "2011-12-01T15:00"],
    ["12:15 AM, Dec 02", "2011-12-02T00:15"],
  ])("%s → %s", (cell, minute) => {
    expect(normalizeTime(cell, day)).toBe(minute);
  });

  it("takes the date written next to the time over a page date before it", () => {
    expect(normalizeTime("2011-12-02 12/1 6:00 AM", "2011-12-02")).toBe("2011-12-01T06:00");
  });

  it("moves a date to the weekday written beside it when they disagree", () => {
    expect(normalizeTime("2011-12-01 Wed  23:55", day)).toBe("2011-11-30T23:55");
    expect(normalizeTime("2011-12-01 Thu  00:01", day)).toBe("2011-12-01T00:01");
  });

  it("gives nothing for a cell without a time", () => {
    expect(normalizeTime("December 01, 2011     ", day)).toBeUndefined();
    expect(normalizeTime("Not Available", day)).toBeUndefined();
    expect(normalizeTime("25:10", day)).toBeUndefined();
  });
});

describe("gates are read to their code", () => {
  it.each([
    ["F78", "F78"],
    [" C20 ", "C20"],
    ["Term C - C18", "C18"],
    ["Terminal 2 - 58B", "58B"],
    ["North Term - D1", "D1"],
    ["44I/T4", "44I"],
    ["C20/C", "C20"],
    [" D-1 ", "D1"],
    ["14?", "14"],
  ])("%s → %s", (cell, code) => {
    expect(normalizeGate(cell)).toBe(code);
  });

  it("a terminal alone names no gate", () => {
    for (const cell of ["Terminal 3", "Terminal N", "Main Term", "Intl Term", "Term 2"]) expect(normalizeGate(cell)).toBeUndefined();
  });
});

describe("author lists are read as sets of last names", () => {
  it.each([
    ["Knuth, Donald E.", ["knuth"]],
    ["Donald E. Knuth", ["knuth"]],
    ["KNUTH, DONALD E.", ["knuth"]],
    ["HUTTON", ["hutton"]],
    ["Pete Loshin", ["loshin"]],
    ["Aho, Alfred V.; Lam, Monica S.", ["aho", "lam"]],
    ["Knuth, Donald, Patashnik, Oren", ["knuth", "patashnik"]],
    ["Donald Knuth, Oren Patashnik", ["knuth", "patashnik"]],
    ["Binstock, Andrew/ Rex, John", ["binstock", "rex"]],
    ["Smith &amp; Jones", ["jones", "smith"]],
    ["Gamma, Erich (Editor) and Helm, Richard", ["gamma", "helm"]],
    ["Sedgewick, RobertFlajolet, Philippe", ["flajolet", "sedgewick"]],
    ["Graham, Ronald L.Knuth, Donald E.Patashnik, Oren", ["graham", "knuth", "patashnik"]],
    ["McDonald, John", ["mcdonald"]],
    ["Gödel, Kurt", ["godel"]],
    ["halpin, terry ;  evans, ken ;  ", ["evans", "halpin"]],
    ["C. J. Date , Hugh Darwen", ["darwen", "date"]],
    ["Knuth Donald E", ["knuth"]],
    ["Donald E Knuth", ["knuth"]],
    ["Ramez Elmasri|Shamkant B. Navathe", ["elmasri", "navathe"]],
    ["Vaughn- William R./ Blackburn- Peter", ["blackburn", "vaughn"]],
    ["Dam, Andries van", ["vandam"]],
    ["Andries van Dam", ["vandam"]],
    ["Van Der Lans, Rick F.", ["vanderlans"]],
    ["Kami le Monds", ["lemonds"]],
    ["LeMonds, Kami", ["lemonds"]],
    ["Donald E. Knuth, Ph.D.", ["knuth"]],
  ])("%s → %j", (cell, names) => {
    expect(lastNames(cell)).toEqual(names);
  });

  // Cells of the training data the first version misread, each beside the store's own well-separated form.
  it.each([
    ["Beauchemin, Bob Sullivan, Dan", "Beauchemin, Bob, Sullivan, Dan", ["beauchemin", "sullivan"]],
    ["Graham, Ronald L. Knuth, Donald Ervin Patashnik, Oren", "Graham, Ronald L.; Knuth, Donald E.; Patashnik, Oren", ["graham", "knuth", "patashnik"]],
    ["Aho, Alfred V. Lam, Monica S. Sethi, Ravi Ullman, Jeffrey D.", "Aho, Alfred V.; Lam, Monica S.; Sethi, Ravi; Ullman, Jeffrey D.", ["aho", "lam", "sethi", "ullman"]],
    ["ROZANSKI, NICK WOODS, EOIN", "Nick Rozanski, Eoin Woods", ["rozanski", "woods"]],
    ["Binstock, Andrew (Author) Rex, John (With)", "Binstock, Andrew; Rex, John", ["binstock", "rex"]],
    ["Toren, Roger Hancock, John", "Hancock, John C.; Toren, Roger", ["hancock", "toren"]],
    ["William R. Vaughn Peter Blackburn", "Vaughn, William R.; Blackburn, Peter", ["blackburn", "vaughn"]],
    ["C. J. Date Hugh Darwen", "C. J. Date , Hugh Darwen", ["darwen", "date"]],
    ["Raheem, Michael; Sonkin, Dima; D&#146;Hers, Thierry", "Raheem, Michael Sonkin, Dima DHers, Thierry", ["dhers", "raheem", "sonkin"]],
    ["Aho, Alfred V.; Sethi, Ravi; etc.", "Aho, Alfred V.; Sethi, Ravi", ["aho", "sethi"]],
  ])("a list that lost its separators reads as the same list written with them: %s", (run, separated, names) => {
    expect(lastNames(run)).toEqual(names);
    expect(lastNames(separated)).toEqual(names);
  });

  // Cells of the training data the second version misread, each beside a form of the same list it read right.
  it.each([
    // A compound surname is known by its last part, however it is joined (the gold writes Karen Sparck Jones "jones").
    ["Monson Haefel, Richa", "Richard Monson-Haefel", ["haefel"]],
    ["Not Available (NA)/ Morris, Terry", "Felke-Morris, Terry", ["morris"]],
    ["Ramon Mata Toledo", "Mata_Toledo, Ramon", ["toledo"]],
    // A given name's initial glued to the surname in "First M.Last, First Last" is a lost space, not a lost separator.
    ["Yale N.Patt , Sanjay J.Patel", "Patt, Yale N./ Patel, Sanjay J.", ["patel", "patt"]],
    ["Stanley B.Lippman,Jos&eacute;e Lajoie", "Lippman, Stanley B.; Lajoie, Josee", ["lajoie", "lippman"]],
    // A note in parentheses ends the name it follows.
    ["Edelstein (Author) Khalil, Tarek (Editor) Lefebvre, Louis A. (Editor)", "Edelstein; Khalil, Tarek; Lefebvre, Louis A.", ["edelstein", "khalil", "lefebvre"]],
    // A first initial alone before given names does not start another name.
    ["Franklin F. Kuo; J. Joaquin Garcia Luna-Aceves; Wolfgang Effelsberg", "Kuo, Franklin F.; Luna-Aceves, J. Joaquin Garcia; Effelsberg, Wolfgang", ["aceves", "effelsberg", "kuo"]],
    ["Mark VandenBrink", "Mark Vanden Brink", ["vandenbrink"]],
    // A line break left as "BR" between names.
    ["Sharma, VivekBRSharma, Rajiv", "Sharma, Vivek; Sharma, Rajiv", ["sharma"]],
    // UTF-8 that a page read as Latin-1, written back as entities.
    ["Marcel Gagn&Atilde;&copy;", "Gagn&eacute;, Marcel", ["gagne"]],
    ["Ralf Hartmut G&Atilde;&frac14;ting; Thierry D&Acirc;&#146;Hers", "G&Uuml;ting, Ralf Hartmut; D&#146;Hers, Thierry", ["dhers", "guting"]],
    // An organisation has no surname: its whole name, its legal form first or last.
    ["Inc., Sun Microsystems,", "Sun Microsystems Inc.", ["sunmicrosystemsinc"]],
  ])("%s reads as %s", (cell, other, names) => {
    expect(lastNames(cell)).toEqual(names);
    expect(lastNames(other)).toEqual(names);
  });

  it("still pairs 'Last, First' when the given names are single words or end with an initial", () => {
    expect(lastNames("Hofmeister, Christine, Nord, Robert, Soni, Dilip")).toEqual(["hofmeister", "nord", "soni"]);
    expect(lastNames("Knuth, Donald E., Patashnik, Oren")).toEqual(["knuth", "patashnik"]);
    expect(lastNames("Knuth, Donald Ervin, Patashnik, Oren")).toEqual(["knuth", "patashnik"]);
  });

  it("an empty list or a placeholder gives nothing", () => {
    expect(lastNames("")).toBeUndefined();
    expect(lastNames("Not Available")).toBeUndefined();
    expect(lastNames("0")).toBeUndefined();
  });
});

describe("placeholders", () => {
  it("are the explicit words for no value, with or without a date before them", () => {
    for (const cell of ["", "  ", "-", "--", "Not Available", "Contact Airline", "Not provided by airline", "CHK", "Dec 01 - Contact Airline", "2011-12-01 Cancelled"]) {
      expect(isPlaceholder(cell)).toBe(true);
    }
  });

  it("are nothing else: a terminal, a time, a name are values", () => {
    for (const cell of ["Terminal 3", "2:07 PMDec 01", "Knuth", "Dec 01 - 12:05pm"]) expect(isPlaceholder(cell)).toBe(false);
  });
});

describe("HTML entities", () => {
  it("are decoded, named and numbered, with or without their semicolon", () => {
    expect(decodeEntities("Fr&eacute;d&eacute;ric &amp; Jos&#233; &nbsp(x)")).toBe("Frédéric & José  (x)");
    expect(decodeEntities("&unknown;")).toBe("&unknown;");
  });
});

describe("an author list whose names of two or three words have no comma", () => {
  it("has another reading, surname first, since some stores write every name that way", () => {
    expect(otherLastNames("Raskin Jef")).toEqual(["raskin"]);
    expect(otherLastNames("Beauchemin Bob, Sullivan Dan")).toEqual(["beauchemin", "sullivan"]);
    expect(otherLastNames("Douglass Bruce Powel")).toEqual(["douglass"]);
  });

  it("has none when the reading is not in doubt", () => {
    expect(otherLastNames("Raskin, Jef")).toBeUndefined();
    expect(otherLastNames("Donald E. Knuth")).toBeUndefined();
    expect(otherLastNames("Schwalb Consulting Llc")).toBeUndefined();
  });

  it("reads a surname's particles and a compound surname surname first as they read name first", () => {
    expect(otherLastNames("Raheem Michael, Le Monds Kami")).toEqual(["lemonds", "raheem"]);
    expect(otherLastNames("Conry-Murray Andrew, Weafer Vincent")).toEqual(["murray", "weafer"]);
  });

  it("lists each name in doubt with its two readings, so that each name of a cell can be read on its own", () => {
    expect(nameDoubts("Markus Hofmann, Beaumont Lee")).toEqual([{ usual: "hofmann", other: "markus" }, { usual: "lee", other: "beaumont" }]);
    expect(nameDoubts("Hofmann, Markus; Beaumont Lee")).toEqual([{ usual: "lee", other: "beaumont" }]);
    expect(nameDoubts("Hofmann, Markus")).toEqual([]);
  });
});
