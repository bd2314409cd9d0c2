import { describe, expect, it } from "vitest";
import { compareNames } from "../../src/entities/compare-names.js";

/**
 * Names that look alike and name different people, places or bodies. A
 * fact-checking tool that called any of these an agreement would report a
 * false confirmation.
 */
const CONFUSABLE: readonly (readonly [string, string])[] = [
  ["Republic of Korea", "Democratic People's Republic of Korea"],
  ["South Korea", "North Korea"],
  ["Korea", "North Korea"],
  ["George H. W. Bush", "George W. Bush"],
  ["George Herbert Walker Bush", "George Walker Bush"],
  ["Congo", "DR Congo"],
  ["Republic of the Congo", "Democratic Republic of the Congo"],
  ["John Kerry", "John Kelly"],
  ["Mosul", "Mosel"],
  ["Iran", "Iraq"],
  ["Austria", "Australia"],
  ["Sudan", "South Sudan"],
  ["Guinea", "New Guinea"],
  ["Guinea", "Guinea-Bissau"],
  ["York", "New York"],
  ["People's Republic of China", "Republic of China"],
  ["Martin Luther King Jr.", "Martin Luther King Sr."],
  ["Henry VIII", "Henry VII"],
  ["Pope John Paul I", "Pope John Paul II"],
  ["Ken Griffey Jr.", "Ken Griffey"],
  ["Fuad Hussein", "Saddam Hussein"],
  ["Laurent Fabius", "Ségolène Royal"],
  ["Allan Smith", "Allen Smith"],
  ["John Smith", "John Smyth"],
  ["Hillary Clinton", "Bill Clinton"],
  ["Kim Jong-un", "Kim Jong-il"],
  ["Mohammed Shia al-Sudani", "Mohammed Jaafar al-Sudani"],
  ["Lars Jensen", "Lars Jansen"],
  ["Anna Miller", "Anna Millar"],
  ["Bank of America", "America"],
  ["Hussein", "Hussain Ali"],
  ["Georgia", "Georgian"],
  ["Niger", "Nigeria"],
  ["Dominica", "Dominican Republic"],
  ["Maria Garcia", "Marie Garcia"],
  ["Bush", "Bosh"],
];

/** One name written in different ways: transliteration, accents, apostrophes, articles, hyphens, case, titles. */
const VARIANTS: readonly (readonly [string, string])[] = [
  ["Qasim al-Araji", "Qassem al-Araji"],
  ["Mohammed Shia al-Sudani", "Mohammad Shia' Al-Sudani"],
  ["Mohammed Shia al-Sudani", "Muhammad Shia al-Sudani"],
  ["Mohammad Shia' Al-Sudani", "Muhammad Shia al-Sudani"],
  ["Mohammed Shia’ al-Sudani", "Mohammed Shia' Al-Sudani"],
  ["Gabriel García Márquez", "Gabriel Garcia Marquez"],
  ["Ban Ki-moon", "Ban Ki Moon"],
  ["Ban Ki-moon", "Ban Kimoon"],
  ["Ségolène Royal", "Segolene Royal"],
  ["Shaquille O'Neal", "Shaquille O’Neal"],
  ["Shaquille O'Neal", "Shaquille ONeal"],
  ["Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"],
  ["Abdel Fattah el-Sisi", "Abdel Fattah El Sisi"],
  ["Hassan Rouhani", "Hassan Rohani"],
  ["Hossein Amir-Abdollahian", "Hossein Amir Abdollahian"],
  ["Hossein Amir-Abdollahian", "Hussein Amir-Abdullahian"],
  ["Abbas Araghchi", "Abbas Araqchi"],
  ["Seyed Abbas Araghchi", "Abbas Araghchi"],
  ["Osama bin Laden", "Usama bin Laden"],
  ["Muammar Gaddafi", "Moammar Gaddafi"],
  ["Volodymyr Zelensky", "Volodymyr Zelenskyy"],
  ["Volodymyr Zelensky", "Volodymyr Zelenskiy"],
  ["Dmitry Medvedev", "Dmitri Medvedev"],
  ["Sergei Lavrov", "Sergey Lavrov"],
  ["Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"],
  ["ANGELA MERKEL", "Angela Merkel"],
  ["François Hollande", "Francois Hollande"],
  ["Muammar Qaddafi", "Muammar Qadhafi"],
  ["Hussain Ali", "Hussein Ali"],
  ["Lech Wałęsa", "Lech Walesa"],
  ["Søren Kierkegaard", "Soren Kierkegaard"],
  ["Mr. Joe Biden", "Joe Biden"],
];

/** One name said with less detail: they may name one person or place, but neither confirms the other. */
const LESS_SPECIFIC: readonly (readonly [string, string])[] = [
  ["Gabriel García Márquez", "Gabriel Márquez"],
  ["Mohammed Shia' Al-Sudani", "Mohammed al-Sudani"],
  ["Donald E. Knuth", "Donald Knuth"],
  ["Donald Ervin Knuth", "Donald E. Knuth"],
  ["Donald E. Knuth", "D. E. Knuth"],
  ["Donald E. Knuth", "Knuth"],
  ["Emmanuel Macron", "President Macron"],
  ["James Hutton", "HUTTON"],
  ["George H. W. Bush", "George Bush"],
  ["W. Richard Stevens", "Richard Stevens"],
  ["Republic of Korea", "Korea"],
  ["Islamic Republic of Iran", "Iran"],
  ["David R. Campbell", "Dave Campbell"],
  ["Robert Sedgewick", "Bob Sedgewick"],
  ["Patrick Henry Winston", "Patrick Hen Winston"],
  ["Brenda Laurel", "Brend Laurel"],
  ["Glenn Rowe", "Glen Rowe"],
  ["Arthur Gittleman", "Art Gittleman"],
  ["Judith M. Bishop", "Judy Bishop"],
  ["Rick F. Van Der Lans", "Rick Van Der Lans"],
];

describe("compareNames: a given name cut short", () => {
  it("is a less specific form, as an initial is, from three letters on; never a surname or a place", () => {
    expect(compareNames("Patrick Hen Winston", "Patrick Henry Winston").relation).toBe("compatible");
    expect(compareNames("Al Smith", "Alan Smith").relation).toBe("different"); // two letters: too short to tell
    expect(compareNames("Henry Winst", "Henry Winston").relation).toBe("different");
    expect(compareNames("Niger", "Nigeria").relation).toBe("different");
    expect(compareNames("University of Color", "University of Colorado").relation).toBe("different");
  });
});

describe("compareNames: names that look alike are different", () => {
  it("has a table of at least 25 confusable pairs", () => {
    expect(CONFUSABLE.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CONFUSABLE)("'%s' and '%s' are different", (a, b) => {
    const ab = compareNames(a, b);
    expect(ab).toMatchObject({ same: false, relation: "different" });
    expect(ab.explanation).not.toBe("");
    expect(compareNames(b, a).relation).toBe("different");
  });
});

describe("compareNames: one name, spelt differently, is the same", () => {
  it("has a table of at least 25 variant pairs", () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(VARIANTS)("'%s' and '%s' are the same", (a, b) => {
    expect(compareNames(a, b)).toMatchObject({ same: true, relation: "same" });
    expect(compareNames(b, a)).toMatchObject({ same: true, relation: "same" });
  });
});

describe("compareNames: a less specific form is compatible, not the same", () => {
  it.each(LESS_SPECIFIC)("'%s' says more than '%s'", (fine, coarse) => {
    expect(compareNames(fine, coarse)).toMatchObject({ same: false, relation: "compatible", finer: "first", how: "shortened" });
    expect(compareNames(coarse, fine)).toMatchObject({ same: false, relation: "compatible", finer: "second" });
  });

  it("is neither finer for the same given names and initials in another order", () => {
    expect(compareNames("M. David Allen", "David M. Allen")).toMatchObject({ relation: "compatible", finer: "neither" });
    expect(compareNames("M. D. Allen", "David M. Allen")).toMatchObject({ relation: "compatible", finer: "neither" });
    expect(compareNames("George H. W. Bush", "George W. H. Bush").relation).toBe("compatible");
    expect(compareNames("M. D. Allen", "David R. Allen").relation).toBe("different");
  });

  it("is neither finer when each name says something the other does not", () => {
    expect(compareNames("D. Ervin Knuth", "Donald E. Knuth")).toMatchObject({ relation: "compatible", finer: "neither" });
  });

  it("says what the shorter name leaves out", () => {
    expect(compareNames("Gabriel García Márquez", "Gabriel Márquez").explanation).toBe(
      '"Gabriel Márquez" is a less specific form of "Gabriel García Márquez" ("Gabriel Márquez" leaves out "garcia")',
    );
  });
});

describe("compareNames: how it says so", () => {
  it("answers identical names without explanation", () => {
    expect(compareNames("Iran", "Iran")).toEqual({ same: true, relation: "same", how: "identical", explanation: "" });
  });

  it("names the transliterated tokens", () => {
    const match = compareNames("Qasim al-Araji", "Qassem al-Araji");
    expect(match).toMatchObject({ how: "spelling" });
    expect(match.explanation).toContain('"qasim"/"qassem"');
  });

  it("calls a name the same once case, accents and articles are set aside", () => {
    expect(compareNames("Mohammed Shia' Al-Sudani", "mohammed shia al sudani").how).toBe("normalised");
  });

  it("names the distinguishing word", () => {
    expect(compareNames("Korea", "North Korea").explanation).toBe('"north" is only in "North Korea": a distinguishing word');
  });

  it("names the extra initial of a name that states middle initials", () => {
    expect(compareNames("George W. Bush", "George H. W. Bush").explanation).toContain('"H."');
  });

  it("reports a name without letters as different, never a crash", () => {
    expect(compareNames("—", "Iran")).toMatchObject({ relation: "different" });
    expect(compareNames("", "")).toMatchObject({ relation: "same", how: "identical" });
  });

  it("keeps 'Al' as a given name when it is one", () => {
    expect(compareNames("Al Gore", "Gore").relation).toBe("compatible");
  });

  it("does not take a company's first word for a title", () => {
    expect(compareNames("General Motors", "Ford Motors").relation).toBe("different");
  });

  it("drops a leading office with its title", () => {
    expect(compareNames("Foreign Minister Fuad Hussein", "Fuad Hussein").relation).toBe("same");
    expect(compareNames("Secretary-General Ban Ki-moon", "Ban Ki-moon").relation).toBe("same");
  });
});

describe("compareNames: as a relation", () => {
  const names = [...new Set([...CONFUSABLE, ...VARIANTS, ...LESS_SPECIFIC].flat())];
  const flip = { first: "second", second: "first", neither: "neither" } as const;

  it("is symmetric: the same relation both ways, the finer side swapped", () => {
    for (const a of names) {
      for (const b of names) {
        const ab = compareNames(a, b);
        const ba = compareNames(b, a);
        expect(ba.relation, `${a} / ${b}`).toBe(ab.relation);
        if (ab.finer !== undefined) expect(ba.finer, `${a} / ${b}`).toBe(flip[ab.finer]);
      }
    }
  });

  it("does not compare a long text word by word", () => {
    const text = Array.from({ length: 5000 }, (_, i) => `word${String.fromCharCode(97 + (i % 26))}`).join(" ");
    expect(compareNames(text, `${text} more`)).toMatchObject({ relation: "different" });
    expect(compareNames(text, `${text} more`).explanation).toContain("too long to compare as a name");
  });

  it("never throws, whatever it is given", () => {
    const odd = ["", " ", "...", "—", "12345", "🙂", "a", "A.", "Al", "al-", "Jr.", "II", "the of", "Dr.", "x".repeat(10_000), "O'", "‎RLM‏", "\u0000"];
    for (const a of odd) for (const b of [...odd, "John Smith"]) expect(() => compareNames(a, b)).not.toThrow();
  });
});

