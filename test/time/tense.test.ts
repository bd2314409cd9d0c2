import { describe, expect, it } from "vitest";
import { tenseCue } from "../../src/time/tense.js";

describe("tenseCue", () => {
  it.each([
    ["The agreement was signed in March.", "in March", "past", "signed"],
    ["Talks will be held in December.", "in December", "future", "will"],
    ["Iran has set a deadline of September 19 for the authorities", "September 19", "future", "deadline"],
    ["The dividend will be paid Dec. 14 to holders.", "Dec. 14", "future", "will"],
    ["The bid was extended to Nov. 16.", "Nov. 16", "past", "extended"],
    ["The meeting is scheduled for Friday.", "Friday", "future", "scheduled"],
  ])("%s → %s", (context, expression, direction, cue) => {
    expect(tenseCue(context, expression)).toMatchObject({ direction, cue });
  });

  it("says nothing when the context has no tense", () => {
    expect(tenseCue("In March.", "In March")).toBeUndefined();
  });

  it("reads 'by' before a date as a deadline when asked to", () => {
    expect(tenseCue("They expect it to be completed by Dec. 15.", "Dec. 15", { prepositions: true })).toMatchObject({ direction: "future", cue: "by" });
  });
});
