import { describe, expect, it } from "vitest";
import { formatTimings } from "../../src/cli/timing.js";

describe("the --timing tables", () => {
  it("list the phases in order with their total, then the rules slowest first", () => {
    const text = formatTimings({ reading: 30, validating: 10, resolving: 20, checking: 35, writing: 5 }, [["fast-rule", 5], ["slow-rule", 30]]);
    expect(text).toBe(
      [
        "Phase      | Time (ms) | Relative",
        "-----------|----------:|--------:",
        "reading    |    30.000 |    30.0%",
        "validating |    10.000 |    10.0%",
        "resolving  |    20.000 |    20.0%",
        "checking   |    35.000 |    35.0%",
        "writing    |     5.000 |     5.0%",
        "total      |   100.000 |   100.0%",
        "",
        "Rule      | Time (ms) | Relative",
        "----------|----------:|--------:",
        "slow-rule |    30.000 |    85.7%",
        "fast-rule |     5.000 |    14.3%",
        "",
      ].join("\n"),
    );
  });

  it("leave out a phase that did not happen, and divide nothing by zero", () => {
    const text = formatTimings({ reading: 0 }, []);
    expect(text).not.toContain("validating");
    expect(text).not.toContain("NaN");
  });
});
