import { describe, expect, it } from "vitest";
import { resolveDate } from "../../src/time/resolve-date.js";

type Row = readonly [text: string, reference: string | null, context: string | undefined, value: string | null];

function value(text: string, reference: string | null, context?: string) {
  const result = resolveDate(text, { reference, ...(context !== undefined && { context }) });
  if (!result.ok) throw new Error(result.reason);
  return result;
}

describe("resolveDate reads", () => {
  const table = (rows: readonly Row[]) =>
    it.each(rows)("'%s' against %s → %s", (text, reference, context, expected) => {
      expect(value(text, reference, context).value).toBe(expected);
    });

  describe("weekdays", () => table([
    ["on Sunday", "2024-11-12", undefined, "2024-11-10"],
    ["Friday", "2024-11-12", undefined, "2024-11-08"],
    ["on Tuesday", "2024-11-12", undefined, "2024-11-12"],
    ["last Tuesday", "2024-11-12", undefined, "2024-11-05"],
    ["next Friday", "2024-11-12", undefined, "2024-11-15"],
    ["Friday", "2024-11-12", "The committee will vote on Friday.", "2024-11-15"],
    ["Friday morning", "2024-11-12", undefined, "2024-11-08"],
    ["Friday's", "2024-11-12", undefined, "2024-11-08"],
    ["on Thursday, April 22, 2016", null, undefined, "2016-04-22"],
    ["Saturday, April 25", "1998-04-24", undefined, "1998-04-25"],
  ]));

  describe("month names with or without day or year", () => table([
    ["in March", "2023-09-10", "an agreement signed in March", "2023-03"],
    ["in December", "2023-09-10", "The summit will be held in December.", "2023-12"],
    ["September 19", "2023-09-10", "Iran has set a deadline of September 19", "2023-09-19"],
    ["19 March 2023", null, undefined, "2023-03-19"],
    ["March 19, 2023", null, undefined, "2023-03-19"],
    ["Nov. 12, 1998", null, undefined, "1998-11-12"],
    ["March 2023", null, undefined, "2023-03"],
    ["the 3rd of May 2021", null, undefined, "2021-05-03"],
    ["January nineteen ninety-seven", null, undefined, "1997-01"],
  ]));

  describe("years", () => table([
    ["in 2023", null, undefined, "2023"],
    ["2009", null, undefined, "2009"],
    ["mid-1996", null, undefined, "1996"],
    ["fiscal 1998", null, undefined, "1998"],
    ["nineteen ninety-six", null, undefined, "1996"],
    ["the year two thousand", null, undefined, "2000"],
  ]));

  describe("relative periods", () => table([
    ["last month", "2024-11-12", undefined, "2024-10"],
    ["this month", "2024-11-12", undefined, "2024-11"],
    ["next month", "2024-12-12", undefined, "2025-01"],
    ["last year", "2024-11-12", undefined, "2023"],
    ["this year", "2024-11-12", undefined, "2024"],
    ["next year", "2024-11-12", undefined, "2025"],
    ["three days ago", "2024-11-12", undefined, "2024-11-09"],
    ["two weeks ago", "1998-03-22", undefined, "1998-03-08"],
    ["five months ago", "2024-11-12", undefined, "2024-06"],
    ["2 years ago", "2024-11-12", undefined, "2022"],
    ["a year earlier", "1998-02-06", undefined, "1997"],
    ["yesterday", "2024-11-12", undefined, "2024-11-11"],
    ["today", "2024-11-12", undefined, "2024-11-12"],
    ["tomorrow", "2024-11-30", undefined, "2024-12-01"],
    ["tonight", "2024-11-12", undefined, "2024-11-12"],
    ["earlier this month", "2024-11-12", undefined, "2024-11"],
    ["early December", "2024-11-12", "talks will resume in early December", "2024-12"],
    ["late last year", "2024-11-12", undefined, "2023"],
    ["March last year", "2024-11-12", undefined, "2023-03"],
    ["September last year", "2023-09", undefined, "2022-09"],
    ["the day before last Tuesday", "2000-02-24", undefined, "2000-02-21"],
    ["Thanksgiving Day", "2000-01-06", undefined, "1999-11-25"],
  ]));

  describe("anaphora through an explicit anchor", () => table([
    ["September 23 of that year", "2023", undefined, "2023-09-23"],
    ["the previous year", "2023", undefined, "2022"],
    ["the following year", "2023", undefined, "2024"],
    ["that month", "2023-03", undefined, "2023-03"],
  ]));

  describe("the seed articles' expressions against their publication dates", () => table([
    ["March 19, 2023", "2024-11-12", undefined, "2023-03-19"],
    ["March last year", "2024-11-12", "a border security agreement signed between the two countries in March last year", "2023-03"],
    ["March 2023", "2024-09-11", undefined, "2023-03"],
    ["in March", "2023-09", "a broader security agreement signed by Iran and Iraq in March", "2023-03"],
    ["September 19", "2023-09", "Iran has set a deadline of September 19 for the Iraqi-Kurdish authorities", "2023-09-19"],
    ["in September last year", "2023-09", undefined, "2022-09"],
    ["on Sunday", "2024-11-12", "In a meeting in the Iranian capital Tehran on Sunday", "2024-11-10"],
    ["on Monday", "2024-11-12", "a statement released by the Iranian Foreign Ministry on Monday", "2024-11-11"],
    ["On Wednesday", "2024-09-11", undefined, "2024-09-11"],
    ["on Oct 13, 2024", "2024-11-12", undefined, "2024-10-13"],
    ["by September 19", "2023", undefined, "2023-09-19"],
    ["in November", "2023-03", "Iraq announced in November that it would redeploy", "2022-11"],
    ["last year", "2023-03", undefined, "2022"],
  ]));
});

describe("resolveDate explains itself", () => {
  it("in one line naming the reference and its weekday", () => {
    const r = resolveDate("on Sunday", { reference: "2024-11-12", referenceLabel: "publication date" });
    expect(r.ok && r.explanation).toBe("'on Sunday' against publication date 2024-11-12 (Tuesday) → 2024-11-10 (the Sunday before; news reports the past week)");
  });

  it("saying which cue decided between past and future", () => {
    const past = value("in March", "2023-09-10", "the agreement signed in March");
    expect(past.direction).toEqual({ direction: "past", cue: "signed" });
    expect(past.explanation).toContain("'signed'");
    const future = value("in December", "2023-09-10", "talks will be held in December");
    expect(future.direction).toEqual({ direction: "future", cue: "will" });
  });

  it("reports when a stated weekday does not fall on the stated date", () => {
    const r = value("Thursday, April 22, 2016", null);
    expect(r.weekdayMismatch).toEqual({ date: "2016-04-22", stated: "Thursday", actual: "Friday" });
    expect(r.explanation).toContain("2016-04-22 is a Friday, not a Thursday");
  });
});

describe("resolveDate carries the reference's precision through", () => {
  it("'on Sunday' against a month gives the span of possible Sundays and no value", () => {
    const r = value("on Sunday", "2023-03");
    expect(r).toMatchObject({ value: null, precision: "span", start: "2023-02-26", end: "2023-03-26" });
    expect(r.explanation).toContain("known to the month");
  });

  it("'yesterday' against a month is the month shifted by a day", () => {
    expect(value("yesterday", "2023-03")).toMatchObject({ value: null, start: "2023-02-28", end: "2023-03-30" });
  });

  it("'last year' against a month is still one year", () => {
    expect(value("last year", "2023-03").value).toBe("2022");
  });
});

describe("resolveDate at the ends of the calendar", () => {
  const OUTSIDE = "falls outside the years 0000–9999";

  it.each([
    ["tomorrow", "9999-12-31", "10000"],
    ["next week", "9999-12-31", "10000"],
    ["next month", "9999-12", "10000"],
    ["next year", "9999", "10000"],
    ["in March", "9999-12-31", "10000"],
    ["the day before tomorrow", "9999-12-31", "10000"],
    ["99 years later", "9950", "10049"],
    ["yesterday", "0000-01-01", "-1"],
    ["on Sunday", "0000-01-01", "-1"],
    ["last month", "0000-01", "-1"],
    ["last year", "0000", "-1"],
    ["1000000 days ago", "2023-03-19", "-715"],
    ["1000000 years ago", "2023-03-19", "-997977"],
  ])("'%s' against %s is not resolved: it would be in the year %s", (text, reference, year) => {
    const r = resolveDate(text, { reference });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toContain(OUTSIDE);
    expect(!r.ok && r.reason).toContain(`(it would be in the year ${year})`);
    expect(!r.ok && r.reason).toContain(`against reference date ${reference}`);
  });

  it("a count too large for exact arithmetic is outside too, without a made-up year", () => {
    for (const count of ["99999999999999999999", "9".repeat(400)]) {
      for (const text of [`${count} days ago`, `${count} months ago`, `${count} years later`, `${count} decades later`]) {
        const r = resolveDate(text, { reference: "2023-03-19" });
        expect(!r.ok && r.reason).toContain(`${OUTSIDE} that a date can name (far beyond them)`);
      }
    }
  });

  it.each([
    ["tomorrow", "0000-01-01", "0000-01-02"],
    ["yesterday", "9999-12-31", "9999-12-30"],
    ["in March", "0000-01-01", "0000-03"],
    ["Christmas", "9999-12-31", "9999-12-25"],
    ["September 19", "9999-12-31", "9999-09-19"],
    ["last year", "9999", "9998"],
    ["next year", "0000", "0001"],
    ["the following month", "0000-01", "0000-02"],
  ])("'%s' against %s still resolves inside them, to %s", (text, reference, expected) => {
    expect(value(text, reference).value).toBe(expected);
  });

  it("a yearly occurrence past the end loses to one inside when the context points back", () => {
    expect(value("in March", "9999-12-31", "the treaty was signed in March").value).toBe("9999-03");
  });
});

describe("resolveDate never guesses", () => {
  it.each([
    ["blah", "2024-11-12"],
    ["weeks", "2024-11-12"],
    ["the second day", "2024-11-12"],
    ["", "2024-11-12"],
  ])("'%s' is not resolved", (text, reference) => {
    const r = resolveDate(text, { reference });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason.length).toBeGreaterThan(0);
  });

  it("a relative expression without a reference is not resolved, and says why", () => {
    const r = resolveDate("on Saturday", { reference: null });
    expect(!r.ok && r.reason).toContain("needs a reference date");
  });

  it("an impossible date is not resolved", () => {
    expect(resolveDate("February 30, 2023", { reference: null }).ok).toBe(false);
  });

  it("an invalid reference is not used", () => {
    const r = resolveDate("today", { reference: "2023-02-30" });
    expect(!r.ok && r.reason).toContain("reference date is not usable");
  });

  it("does not depend on the machine's time zone", () => {
    const before = process.env.TZ;
    const results = ["UTC", "Pacific/Kiritimati", "America/Adak"].map((tz) => {
      process.env.TZ = tz;
      return JSON.stringify(resolveDate("last Friday", { reference: "2024-01-01" }));
    });
    process.env.TZ = before;
    expect(new Set(results).size).toBe(1);
  });
});
