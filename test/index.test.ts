import { describe, expect, it } from "vitest";
import * as api from "../src/index.js";
import * as testing from "../src/testing/index.js";

describe("the public API", () => {
  it("exports exactly these values from corroborate", () => {
    expect(Object.keys(api).sort()).toEqual([
      "CORPUS_FORMAT",
      "CORPUS_SCHEMA_ID",
      "ClaimSchema",
      "ConfigError",
      "CorpusSchema",
      "EntityMatcher",
      "EntitySchema",
      "PredicateSpecSchema",
      "REPORT_FORMATS",
      "SourceSchema",
      "ValueSchema",
      "builtinRules",
      "check",
      "checkStream",
      "compareDates",
      "compareNames",
      "corpusJsonSchema",
      "defineRule",
      "formatHtml",
      "formatJson",
      "formatJsonChunks",
      "formatJsonStream",
      "formatMarkdown",
      "formatPath",
      "formatReport",
      "formatReportChunks",
      "formatText",
      "parseCorpora",
      "parseCorpus",
      "parseCorpusText",
      "parseJsonText",
      "parsePartialDate",
      "resolveDate",
    ]);
  });

  it("exports exactly these values from corroborate/testing", () => {
    expect(Object.keys(testing).sort()).toEqual(["RuleTester", "RuleTesterError"]);
  });

  it("lists the built-in rules by id", () => {
    expect(api.builtinRules.map((r) => r.id)).toEqual([
      "date-consistency",
      "entity-consistency",
      "number-consistency",
      "text-consistency",
      "framing-conflict",
      "status-timeline",
      "weekday-mismatch",
      "relative-date",
      "single-source",
    ]);
  });
});
