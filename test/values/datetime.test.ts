import { describe, expect, it } from "vitest";
import type { DateTimeValue, PredicateSpec } from "../../src/model/types.js";
import { blocksWithin, datetimeValues as dt, distanceOfSeconds, type ReadDateTime, type ResolvedDateTime } from "../../src/values/datetime.js";
import type { ReadContext } from "../../src/values/value-module.js";

function ctx(publishedAt: string | null = null): ReadContext {
  return {
    publishedAt,
    context: "",
    identify: () => {
      throw new Error("datetime values never identify entities");
    },
    memo: new Map(),
  };
}

function spec(tolerance?: number): PredicateSpec {
  return { type: "datetime", cardinality: "one", changesOverTime: false, declared: true, ...(tolerance !== undefined && { tolerance }) };
}

/** Read `expr` against a flight date of 2011-12-01 (or the anchor given). */
function read(expr: string, anchor: string | null = "2011-12-01", publishedAt: string | null = null): ResolvedDateTime {
  const value: DateTimeValue = anchor === null ? { type: "datetime", expr } : { type: "datetime", expr, anchor };
  return dt.read(value, ctx(publishedAt));
}

function iso(value: string, zone?: string): ResolvedDateTime {
  return dt.read(zone === undefined ? { type: "datetime", value } : { type: "datetime", value, zone }, ctx());
}

function ok(r: ResolvedDateTime): ReadDateTime {
  if (!r.ok) throw new Error(r.reason);
  return r;
}

function reason(r: ResolvedDateTime): string {
  if (r.ok) throw new Error(`'${r.written}' was read as ${r.iso}`);
  return r.reason;
}

describe("reading every shape found on flight-status pages", () => {
  it.each([
    // Month/day/year with a 12-hour clock, zero-padded or not, with a zone or an offset.
    ["12/01/2011 02:07 PM", "2011-12-01T14:07"],
    ["12/02/2011 12:23 AM", "2011-12-02T00:23"],
    ["12/1/2011 2:07PM EST", "2011-12-01T14:07-05:00"],
    ["11/30/2011 8:50PM CST", "2011-11-30T20:50-06:00"],
    ["12/1/2011 9:26AM MST", "2011-12-01T09:26-07:00"],
    ["12/1/2011 6:24AM PST", "2011-12-01T06:24-08:00"],
    ["12/1/2011 3:17PM AST", "2011-12-01T15:17-04:00"],
    ["12/1/2011 5:46PM AKST", "2011-12-01T17:46-09:00"],
    ["12/1/2011 9:31PM HST", "2011-12-01T21:31-10:00"],
    ["12/1/11 2:06 PM (-05:00)", "2011-12-01T14:06-05:00"],
    ["12/1/11 4:55 PM (+08:00)", "2011-12-01T16:55+08:00"],
    ["11/30/11 5:11 PM (-08:00)", "2011-11-30T17:11-08:00"],
    // Time first, then the month and day, glued or not.
    ["2:07 PMDec 01", "2011-12-01T14:07"],
    ["12:19 AMDec 01", "2011-12-01T00:19"],
    ["1:55pDec 1", "2011-12-01T13:55"],
    ["6:00aDec 1", "2011-12-01T06:00"],
    ["12:23aDec 2", "2011-12-02T00:23"],
    ["11:20pNov 30", "2011-11-30T23:20"],
    ["3:10 PM, Dec 01", "2011-12-01T15:10"],
    ["7:03 PM, Dec 01&nbsp(Estimated)", "2011-12-01T19:03"],
    ["3:00P 12-01-11", "2011-12-01T15:00"],
    ["9:20A 12-01-11", "2011-12-01T09:20"],
    ["02:05 PM  Sun 04-Dec-2011", "2011-12-04T14:05"],
    ["11:09 AM  Thu 01-Dec-2011 (Runway)", "2011-12-01T11:09"],
    // The date first.
    ["Dec 1 2:07 PM EST", "2011-12-01T14:07-05:00"],
    ["Dec 01 - 1:55pm", "2011-12-01T13:55"],
    ["Dec 01 - 7:10pm*", "2011-12-01T19:10"],
    ["Dec 01 - 12:00noon", "2011-12-01T12:00"],
    ["Dec 05 - 12:00midnight", "2011-12-05T00:00"],
    ["Fri, Dec 2 3:30 PM", "2011-12-02T15:30"],
    ["Thu, Dec 1 1:25 PM            Delayed", "2011-12-01T13:25"],
    ["Fri., Dec.02, 2011 1:55 p.m.", "2011-12-02T13:55"],
    ["Thu., Dec.01, 2011 9:30 a.m.", "2011-12-01T09:30"],
    ["December 8, 2011               01:55 PM    ", "2011-12-08T13:55"],
    ["2011-12-01 3:10 PM", "2011-12-01T15:10"],
    ["2011-12-01 02:46PM EST", "2011-12-01T14:46-05:00"],
    ["2011-12-01 6:20 PM (Estimated)", "2011-12-01T18:20"],
    ["2011-12-01 9:04 PM (Estimated runway)", "2011-12-01T21:04"],
    ["2011-12-01 8:40 pm", "2011-12-01T20:40"],
    ["2011-12-01 13:52 ", "2011-12-01T13:52"],
    ["2011-12-01  2:57P", "2011-12-01T14:57"],
    ["2011-12-01 Thu  16:17", "2011-12-01T16:17"],
    ["2011-12-02 12/1 3:25 PM", "2011-12-01T15:25"],
    // No date at all, and forms the survey did not show but sources write.
    ["14:07", "2011-12-01T14:07"],
    ["2:07p", "2011-12-01T14:07"],
    ["2 pm", "2011-12-01T14:00"],
    ["2.07pm", "2011-12-01T14:07"],
    ["noon", "2011-12-01T12:00"],
    ["14:07 -0500", "2011-12-01T14:07-05:00"],
    ["2:07 PM UTC", "2011-12-01T14:07Z"],
    ["2:07 PM GMT+1", "2011-12-01T14:07+01:00"],
    ["2:07 PM CET", "2011-12-01T14:07+01:00"],
    ["1 December 2011, 14:07:30", "2011-12-01T14:07:30"],
    ["2011-12-01T14:07:00-05:00", "2011-12-01T14:07-05:00"],
  ])("'%s' against 2011-12-01 reads as %s", (written, expected) => {
    expect(ok(read(written)).iso).toBe(expected);
  });

  it("a time written '1:55pDec 1' against 2011-12-01 reads as 13:55 on 1 December", () => {
    expect(dt.label(read("1:55pDec 1"))).toBe("13:55 on 1 December 2011");
  });

  it("keeps the value as written", () => {
    expect(read("2:07 PMDec 01").written).toBe("2:07 PMDec 01");
    expect(dt.written({ type: "datetime", expr: "2:07 PMDec 01" })).toBe("2:07 PMDec 01");
    expect(dt.written({ type: "datetime", value: "2011-12-01T14:07" })).toBe("2011-12-01T14:07");
  });

  it("records what the page said about the time", () => {
    expect(ok(read("2011-12-01 9:04 PM (Estimated runway)")).remark).toBe("estimated runway");
    expect(ok(read("Thu, Dec 1 1:25 PM            Delayed")).remark).toBe("delayed");
    expect(ok(read("2:07 PMDec 01")).remark).toBeNull();
  });
});

describe("saying how a value was read", () => {
  it("names the reference and what came from it", () => {
    expect(dt.how(read("2:07 PMDec 01"))).toBe("'2:07 PMDec 01' against anchor 2011-12-01 → 2011-12-01T14:07 (the year from the anchor; no zone)");
    expect(dt.how(read("14:07", null, "2011-12-01"))).toBe(
      "'14:07' against publication date 2011-12-01 → 2011-12-01T14:07 (the date from the publication date; no zone)",
    );
  });

  it("spells out an abbreviation's offset and how the anchor decided the order of a numeric date", () => {
    expect(dt.how(read("12/1/2011 2:07PM EST"))).toBe(
      "'12/1/2011 2:07PM EST' against anchor 2011-12-01 → 2011-12-01T14:07-05:00 ('12/1/2011' read month first (1 December), as the anchor confirms; EST as -05:00)",
    );
  });

  it("does not mention a reference it did not use", () => {
    expect(dt.how(read("2011-12-01 02:46PM EST"))).toBe("'2011-12-01 02:46PM EST' → 2011-12-01T14:46-05:00 (EST as -05:00)");
  });

  it("has nothing to add for an ISO value read as written", () => {
    expect(dt.how(iso("2011-12-01T14:07-05:00"))).toBeUndefined();
  });

  it("records whether the date and the zone were stated", () => {
    expect(ok(read("14:07"))).toMatchObject({ dateStated: false, dayCertain: false, zoneStated: false });
    expect(ok(read("12/1/2011 2:07PM EST"))).toMatchObject({ dateStated: true, dayCertain: true, zoneStated: true });
    expect(ok(read("2:07 PMDec 01"))).toMatchObject({ dateStated: true, dayCertain: true, zoneStated: false });
  });
});

describe("parts the text leaves out come from the anchor, else the publication date", () => {
  it("takes the anchor before the publication date", () => {
    expect(ok(read("14:07", "2011-12-02", "2011-12-09")).iso).toBe("2011-12-02T14:07");
    expect(ok(read("14:07", null, "2011-12-09")).iso).toBe("2011-12-09T14:07");
  });

  it("needs a day-precise reference to place a time written without a date", () => {
    expect(reason(read("14:07", "2011-12"))).toBe("'14:07' has no date, and the anchor 2011-12 names a month, not a day");
    expect(reason(read("14:07", null))).toBe("'14:07' has no date, and there is no anchor or publication date to take it from");
  });

  it("takes a missing year from a reference known only to the month", () => {
    expect(ok(read("2:07 PMDec 01", "2011-12")).iso).toBe("2011-12-01T14:07");
    expect(reason(read("2:07 PMDec 01", null))).toContain("has no year, and there is no anchor or publication date");
  });

  it("picks the year that puts the date nearest the reference", () => {
    expect(ok(read("Dec 31 11:00 PM", "2012-01-02")).iso).toBe("2011-12-31T23:00");
    expect(ok(read("Jan 1 1:00 AM", "2011-12-30")).iso).toBe("2012-01-01T01:00");
    expect(ok(read("Feb 29 10:00", "2011-12-03")).iso).toBe("2012-02-29T10:00");
  });

  it("reads a two-digit year in the century of the reference, else by the POSIX rule", () => {
    expect(ok(read("12/13/99 2:06 PM", "2000-01-15")).iso).toBe("1999-12-13T14:06");
    expect(ok(read("12/13/11 2:06 PM", null)).iso).toBe("2011-12-13T14:06");
    expect(ok(read("12/13/75 2:06 PM", null)).iso).toBe("1975-12-13T14:06");
  });

  it("places a weekday without a date on the nearest such day", () => {
    const r = ok(read("Thu 14:07", "2011-12-03"));
    expect(r.iso).toBe("2011-12-01T14:07");
    expect(r.dayCertain).toBe(true);
  });

  it("reads a page date and the time's own date as the one beside the time: another day is another value", () => {
    const r = ok(read("2011-12-01 11/30 5:20 PM", "2011-12-01"));
    expect(r.iso).toBe("2011-11-30T17:20");
    expect(r.dayCertain).toBe(true);
    expect(dt.how(r)).toContain("'2011-12-01' is written too (a page date)");
    expect(dt.compare(r, read("12/01/2011 05:20 PM"), spec()).relation).toBe("different");
  });

  it("reads a weekday that contradicts its date as an uncertain day", () => {
    const r = ok(read("2011-12-01 Wed  23:55"));
    expect(r.iso).toBe("2011-12-01T23:55");
    expect(r.dayCertain).toBe(false);
    expect(dt.how(r)).toContain("but 2011-12-01 is a Thursday, not a Wednesday");
  });
});

describe("a numeric date that reads both ways", () => {
  it("is read month first when the anchor confirms it", () => {
    expect(ok(read("01/02/2011 2:07 PM", "2011-01-03")).iso).toBe("2011-01-02T14:07");
  });

  it("is read day first when the anchor shows that", () => {
    const r = ok(read("01/02/2011 2:07 PM", "2011-02-01"));
    expect(r.iso).toBe("2011-02-01T14:07");
    expect(dt.how(r)).toContain("read day first (1 February)");
  });

  it("is not read when no reference is near either reading", () => {
    expect(reason(read("01/02/2011 2:07 PM", "2011-06-15"))).toBe(
      "'01/02/2011 2:07 PM': '01/02/2011' could be 2 January or 1 February, and the anchor 2011-06-15 is near neither",
    );
    expect(reason(read("01/02/2011 2:07 PM", null))).toContain("and no anchor or publication date decides which");
  });

  it("needs no reference when only one order is a date, or both orders agree", () => {
    expect(ok(read("13/01/2011 2:07 PM", null)).iso).toBe("2011-01-13T14:07");
    expect(ok(read("12/30/2011 2:07 PM", null)).iso).toBe("2011-12-30T14:07");
    expect(ok(read("12/12/2011 2:07 PM", null)).iso).toBe("2011-12-12T14:07");
  });
});

describe("values that cannot be read are notes with a reason, never guesses", () => {
  it.each([
    ["Not Available", "states no time of day (it says 'not available')"],
    ["Dec 01 - Contact Airline", "states no time of day (it says 'contact airline')"],
    ["2011-12-01 Cancelled", "states no time of day (it says 'cancelled')"],
    ["December 8, 2011     ", "has a date but no time of day"],
    ["2:07 PM please", "cannot read 'please'"],
    ["2/30/2011 2:07 PM", "is not a calendar date: February 2011 has 28 days"],
    ["Dec 2011 2:07 PM", "names a month but no day"],
    ["2:07 PM 2011", "cannot read '2011'"],
    ["25:00", "is not a time of day (hours run to 23)"],
    ["13:61", "is not a time of day (minutes and seconds run to 59)"],
    ["13:55 AM", "is not a time of day (13 AM)"],
    ["0:30 PM", "is not a time of day (0 PM)"],
    ["12:30 noon", "is not noon"],
    ["PM 2:07", "'pm' follows no time of day"],
    ["2:07 PM IST", "'IST' names several offsets: India (+05:30), Ireland (+01:00) or Israel (+02:00)"],
    ["2:07 PM EST (-06:00)", "gives 2 different offsets"],
    ["2:07 PM 3:07 PM", "names 2 times of day"],
    ["Mon Tue 2:07 PM", "names 2 weekdays"],
    ["1/1 2/2 3/3 2:07 PM", "names 3 dates"],
  ])("'%s' is not read: %s", (written, why) => {
    const r = read(written);
    expect(dt.failure(r)).toContain(why);
    expect(dt.failure(r)).toContain(`'${written}'`);
  });

  it("an empty expression", () => {
    expect(dt.failure(read("  "))).toBe("the time is empty");
  });

  it("an ISO value whose offset is not its zone's", () => {
    expect(dt.failure(iso("2011-12-01T14:07-05:00", "America/Chicago"))).toBe(
      "2011-12-01T14:07-05:00 is not a time in America/Chicago, whose offset then is -06:00",
    );
  });

  it("an ISO value that is no calendar date, even if it slipped past the schema", () => {
    expect(dt.failure(iso("2011-02-30T14:07"))).toContain("is not a calendar date");
    expect(dt.failure(iso("2011-12-01 14:07"))).toContain("is not an ISO 8601 date and time");
  });

  it("a zone the runtime does not know", () => {
    expect(dt.failure(iso("2011-12-01T14:07", "Mars/Olympus_Mons"))).toContain("is not an IANA time zone");
  });

  it("a date outside the years 0000–9999, never a year 10000", () => {
    expect(ok(read("Jan 1 10:00", "9999-12-31")).iso).toBe("9999-01-01T10:00");
    expect(ok(read("Dec 31 23:00", "0000-01-01")).iso).toBe("0000-12-31T23:00");
    expect(dt.failure(read("24:00", "9999-12-31"))).toContain("falls outside the years 0000–9999");
  });

  it("unreadable values are never the same as readable ones", () => {
    expect(dt.compare(read("Not Available"), read("14:07"), spec())).toEqual({ relation: "different" });
    expect(dt.support(read("Not Available"), read("14:07"), spec())).toBe(0);
  });
});

describe("formatting alone never makes two times different", () => {
  it.each([
    ["12/01/2011 01:55 PM", "1:55pDec 1"],
    ["1:55 PM", "13:55"],
    ["2:07 PMDec 01", "2011-12-01 02:07 PM"],
    ["Dec 01 - 12:00noon", "12:00 PMDec 01"],
    ["Fri., Dec.02, 2011 1:55 p.m.", "1:55pDec 2"],
    ["12:23aDec 2", "12/02/2011 12:23 AM"],
    ["7:03 PM, Dec 01&nbsp(Estimated)", "19:03"],
    ["12/1/11 2:06 PM (-05:00)", "12/1/2011 2:06PM EST"],
    // The same moment at two offsets, and a clock time without one against one with it.
    ["12/1/2011 1:06PM CST", "12/1/2011 2:06PM EST"],
    ["2:07 PMDec 01", "12/1/11 2:07 PM (-05:00)"],
    // A time read on its anchor's date matches the next day's when that is where another source puts it.
    ["12:30 AM", "12/02/2011 12:30 AM"],
    ["11:50 PM", "11/30/2011 11:50 PM"],
    ["2011-12-01 12/2 12:30 AM", "12/02/2011 12:30 AM"],
    ["Dec 05 - 12:00midnight", "12/06/2011 12:00 AM"],
  ])("'%s' and '%s' are the same", (a, b) => {
    expect(dt.compare(read(a), read(b), spec())).toEqual({ relation: "same" });
    expect(dt.compare(read(b), read(a), spec())).toEqual({ relation: "same" });
    expect(dt.support(read(a), read(b), spec())).toBe(1);
  });
});

describe("different times are different, and say how far apart", () => {
  it.each([
    ["4:55 PMDec 01", "3:55 AMDec 01", "13 hours"],
    ["2:07 AMDec 01", "2:07 PMDec 01", "12 hours"],
    ["12:07 AM", "12:07 PM", "12 hours"],
    ["1:55pDec 1", "1:58pDec 1", "3 minutes"],
    ["12/1/2011 2:07PM EST", "12/1/2011 2:07PM CST", "60 minutes"],
    ["12/01/2011 02:07 PM", "12/02/2011 02:07 PM", "24 hours"],
    ["2011-12-01 12:32AM EST", "12/2/2011 12:32AM EST", "24 hours"],
    ["Dec 01 2:07 PM", "Dec 04 2:07 PM", "3 days"],
    ["Dec 01 2:07 PM", "Dec 04 4:07 PM", "about 3 days"],
    ["12:30 AM", "12/02/2011 1:00 AM", "30 minutes"],
  ])("'%s' and '%s' are %s apart", (a, b, distance) => {
    const relation = dt.compare(read(a), read(b), spec());
    expect(relation).toMatchObject({ relation: "different", distance: { text: distance } });
    expect(dt.compare(read(b), read(a), spec())).toEqual(relation);
  });

  it("a day's wrap applies only to a day that was not written", () => {
    expect(dt.compare(read("12/01/2011 12:30 AM"), read("12/02/2011 12:30 AM"), spec())).toMatchObject({ relation: "different" });
    expect(dt.compare(read("12:30 AM"), read("12/03/2011 12:30 AM"), spec())).toMatchObject({ relation: "different", distance: { text: "24 hours" } });
  });
});

describe("tolerance", () => {
  it("is zero minutes unless the predicate says otherwise", () => {
    expect(dt.compare(read("14:07"), read("14:08"), spec())).toMatchObject({ relation: "different", distance: { text: "1 minute" } });
  });

  it("makes times within it the same, and measures the rest in full", () => {
    expect(dt.compare(read("14:07"), read("14:12"), spec(5))).toEqual({ relation: "same" });
    expect(dt.compare(read("14:07"), read("14:13"), spec(5))).toMatchObject({ relation: "different", distance: { text: "6 minutes" } });
  });

  it("works across midnight for a time whose day was not written", () => {
    expect(dt.compare(read("11:58 PM"), read("12/02/2011 12:02 AM"), spec(5))).toEqual({ relation: "same" });
  });
});

describe("distances read well", () => {
  it.each([
    [30, "30 seconds"],
    [60, "1 minute"],
    [180, "3 minutes"],
    [119 * 60, "119 minutes"],
    [120 * 60, "2 hours"],
    [150 * 60, "2.5 hours"],
    [5 * 3600 + 600, "about 5 hours"],
    [47 * 3600, "47 hours"],
    [48 * 3600, "2 days"],
    [84 * 3600, "3.5 days"],
    [77 * 3600, "about 3 days"],
  ])("%i seconds are %s", (seconds, text) => {
    expect(distanceOfSeconds(seconds).text).toBe(text);
  });

  it("carry the amount and unit for rules", () => {
    expect(distanceOfSeconds(150 * 60)).toEqual({ amount: 2.5, unit: "hour", text: "2.5 hours" });
  });
});

describe("support: how much one time lends weight to another", () => {
  it("is whole for the same time", () => {
    expect(dt.support(read("14:07"), read("2:07 PM"), spec())).toBe(1);
  });

  it("is half for a minute off (seconds rounded against truncated), and halves with every further minute past the tolerance", () => {
    expect(dt.support(read("14:06"), read("14:07"), spec())).toBe(0.5);
    expect(dt.support(read("14:05"), read("14:07"), spec())).toBe(0.25);
    expect(dt.support(read("14:07"), read("14:13"), spec(5))).toBe(0.5);
  });

  it("fades steadily and is nothing five minutes past the tolerance: another reading is no support", () => {
    const weights = [1, 2, 3, 4].map((m) => dt.support(read("14:00"), read(`14:0${m}`), spec()));
    for (let i = 1; i < weights.length; i++) expect(weights[i]).toBeLessThan(weights[i - 1]!);
    expect(dt.support(read("14:00"), read("14:05"), spec())).toBe(0);
    expect(dt.support(read("14:07"), read("14:17"), spec())).toBe(0);
    expect(dt.support(read("14:00"), read("14:10"), spec(5))).toBe(0);
    expect(dt.support(read("4:55 PMDec 01"), read("3:55 AMDec 01"), spec())).toBe(0);
  });

  it("is symmetric", () => {
    expect(dt.support(read("14:03"), read("14:07"), spec())).toBe(dt.support(read("14:07"), read("14:03"), spec()));
  });
});

describe("combine: the value a cluster stands for", () => {
  it("is the most common reading", () => {
    expect(ok(dt.combine([read("14:06"), read("14:07")], [1, 3], spec(5))).iso).toBe("2011-12-01T14:07");
    expect(ok(dt.combine([read("14:06"), read("14:07")], [3, 1], spec(5))).iso).toBe("2011-12-01T14:06");
  });

  it("is the earliest on a tie", () => {
    expect(ok(dt.combine([read("14:07"), read("14:06")], [2, 2], spec(5))).iso).toBe("2011-12-01T14:06");
    expect(ok(dt.combine([read("14:06"), read("14:07")], [2, 2], spec(5))).iso).toBe("2011-12-01T14:06");
  });

  it("prefers a written date to one taken from the anchor when they are the same moment", () => {
    expect(ok(dt.combine([read("12:30 AM"), read("12/02/2011 12:30 AM")], [2, 1], spec())).iso).toBe("2011-12-02T00:30");
  });

  it("prefers a reading with an offset to one without at the same clock time", () => {
    expect(ok(dt.combine([read("2:07 PMDec 01"), read("12/1/2011 2:07PM EST")], [2, 1], spec())).iso).toBe("2011-12-01T14:07-05:00");
  });

  it("does not depend on the order of the readings", () => {
    const cluster = ["14:07", "14:06", "14:08", "12/1/2011 2:07PM EST", "12:30 AM", "12/02/2011 12:30 AM"].map((t) => read(t));
    const counts = [2, 2, 1, 2, 1, 1];
    const expected = dt.combine(cluster, counts, spec(5));
    for (let shift = 1; shift < cluster.length; shift++) {
      const rotated = [...cluster.slice(shift), ...cluster.slice(0, shift)];
      const rotatedCounts = [...counts.slice(shift), ...counts.slice(0, shift)];
      expect(dt.combine(rotated, rotatedCounts, spec(5))).toEqual(expected);
      expect(dt.combine([...rotated].reverse(), [...rotatedCounts].reverse(), spec(5))).toEqual(expected);
    }
  });
});

describe("key, canonical value and label", () => {
  it("keep the clock time the source used, never converted to another zone", () => {
    expect(dt.canonical(read("12/1/2011 1:06PM CST"))).toBe("2011-12-01T13:06-06:00");
    expect(dt.canonical(read("12/1/2011 2:06PM EST"))).toBe("2011-12-01T14:06-05:00");
    expect(dt.key(read("12/1/2011 1:06PM CST"))).not.toBe(dt.key(read("12/1/2011 2:06PM EST")));
  });

  it("have equal keys exactly when the canonical values are equal", () => {
    const values = ["2:07 PMDec 01", "14:07", "12/1/2011 2:07PM EST", "12/1/11 2:07 PM (-05:00)", "2011-12-01 14:07:30", "2:07 PM UTC"].map((t) => read(t));
    for (const a of values) for (const b of values) expect(dt.key(a) === dt.key(b)).toBe(dt.canonical(a) === dt.canonical(b));
  });

  it("write seconds only when stated and not zero, and zero offset as Z", () => {
    expect(dt.canonical(read("14:07:00"))).toBe("2011-12-01T14:07");
    expect(dt.canonical(read("14:07:30"))).toBe("2011-12-01T14:07:30");
    expect(dt.canonical(iso("2011-12-01T14:07:00+00:00"))).toBe("2011-12-01T14:07Z");
  });

  it.each([
    ["2:07 PMDec 01", "14:07 on 1 December 2011"],
    ["12/1/11 2:06 PM (-05:00)", "14:06 on 1 December 2011 (-05:00)"],
    ["2:07:30 PM UTC", "14:07:30 on 1 December 2011 (UTC)"],
  ])("label '%s' as '%s'", (written, label) => {
    expect(dt.label(read(written))).toBe(label);
  });

  it("label a zoned value with its zone", () => {
    expect(dt.label(iso("2011-12-01T14:07", "America/Chicago"))).toBe("14:07 on 1 December 2011 (America/Chicago, -06:00)");
  });
});

describe("IANA zones and daylight saving time", () => {
  it("gives a zoned value its zone's offset at that time", () => {
    expect(dt.canonical(iso("2011-12-01T14:07", "America/Chicago"))).toBe("2011-12-01T14:07-06:00");
    expect(dt.canonical(iso("2011-07-01T14:07", "America/Chicago"))).toBe("2011-07-01T14:07-05:00");
  });

  it("reads a time the clocks jumped over at the offset before the jump, the instant luxon gives", () => {
    const r = ok(iso("2011-03-13T02:30", "America/New_York"));
    expect(r.iso).toBe("2011-03-13T02:30-05:00");
    expect(dt.how(r)).toContain("does not exist in America/New_York that day");
    expect(dt.compare(r, iso("2011-03-13T03:30-04:00"), spec())).toEqual({ relation: "same" });
  });

  it("reads a time that happened twice as the first", () => {
    const r = ok(iso("2011-11-06T01:30", "America/New_York"));
    expect(r.iso).toBe("2011-11-06T01:30-04:00");
    expect(dt.how(r)).toContain("happens twice");
  });

  it("compares zoned values as moments", () => {
    expect(dt.compare(iso("2011-12-01T14:07", "America/New_York"), iso("2011-12-01T13:07", "America/Chicago"), spec())).toEqual({ relation: "same" });
    expect(dt.compare(iso("2011-12-01T14:07", "America/New_York"), iso("2011-12-01T14:07", "America/Chicago"), spec())).toMatchObject({
      relation: "different",
      distance: { text: "60 minutes" },
    });
  });

  it("reads a region's time through its zone's rules, and a daylight abbreviation as fixed", () => {
    expect(ok(read("2:07 PM Eastern", "2011-07-01")).iso).toBe("2011-07-01T14:07-04:00");
    expect(ok(read("2:07 PM Eastern", "2011-12-01")).iso).toBe("2011-12-01T14:07-05:00");
    expect(ok(read("2:07 PM EDT", "2011-12-01")).iso).toBe("2011-12-01T14:07-04:00");
  });

  it("places an expression in the value's zone", () => {
    const r = dt.read({ type: "datetime", expr: "2:07 PM", anchor: "2011-12-01", zone: "America/Chicago" }, ctx());
    expect(dt.canonical(r)).toBe("2011-12-01T14:07-06:00");
    expect(dt.failure(dt.read({ type: "datetime", expr: "2:07 PM EST", anchor: "2011-12-01", zone: "America/Chicago" }, ctx()))).toContain(
      "is not a time in America/Chicago",
    );
  });
});

describe("sharing and determinism", () => {
  it("shares an ISO value whatever the publication date, and an expression among values read against one reference", () => {
    const v = { type: "datetime", value: "2011-12-01T14:07" } as const;
    expect(dt.shareKey(v, "2011-12-01")).toBe(dt.shareKey(v, "2020-01-01"));
    expect(dt.shareKey(v, null)).not.toBe(dt.shareKey({ ...v, zone: "UTC" }, null));
    const anchored = { type: "datetime", expr: "14:07", anchor: "2011-12-01" } as const;
    expect(dt.shareKey(anchored, "2011-12-05")).toBe(dt.shareKey(anchored, null));
    expect(dt.shareKey(anchored, null)).not.toBe(dt.shareKey({ ...anchored, anchor: "2011-12-02" }, null));
    const bare = { type: "datetime", expr: "14:07" } as const;
    expect(dt.shareKey(bare, "2011-12-01")).not.toBe(dt.shareKey(bare, "2011-12-02"));
    expect(dt.shareKey(bare, "2011-12-01")).not.toBe(dt.shareKey({ ...bare, anchor: "2011-12-01" }, null));
  });

  it("reads an expression that needs no reference once per check, whatever its sources' dates", () => {
    const shared = ctx("2011-12-01");
    const first = dt.read({ type: "datetime", expr: "12/13/2011 2:07 PM" }, shared);
    expect(dt.read({ type: "datetime", expr: "12/13/2011 2:07 PM" }, { ...shared, publishedAt: "2012-05-05" })).toBe(first);
    // One that used the publication date is not shared with a claim read against another.
    const placed = dt.read({ type: "datetime", expr: "14:07" }, shared);
    expect(dt.canonical(dt.read({ type: "datetime", expr: "14:07" }, { ...shared, publishedAt: "2011-12-02" }))).not.toBe(dt.canonical(placed));
  });

  it("reads the same value the same way every time, as frozen data", () => {
    const first = read("12/1/11 2:06 PM (-05:00)");
    expect(read("12/1/11 2:06 PM (-05:00)")).toEqual(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(read("Not Available"))).toBe(true);
  });

  it("does not depend on the machine's time zone", () => {
    // vitest runs in Pacific/Kiritimati (UTC+14): a reading that used the local zone would be shifted.
    expect(ok(read("2:07 PMDec 01")).iso).toBe("2011-12-01T14:07");
    expect(ok(iso("2011-12-01T14:07", "America/Chicago")).iso).toBe("2011-12-01T14:07-06:00");
  });
});

describe("blocksWithin: hour blocks for clustering", () => {
  it("puts a time in its hour, widened by half the tolerance", () => {
    expect(blocksWithin(read("14:07"), 0)).toEqual(["l14"]);
    expect(blocksWithin(read("14:58"), 10)).toEqual(["l14", "l15"]);
    expect(blocksWithin(read("12/1/2011 2:07PM EST"), 0)).toEqual(["l14", "u19"]);
    expect(blocksWithin(read("Not Available"), 0)).toEqual([]);
  });
});
