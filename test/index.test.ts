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
      "VALUE_MODULES",
      "ValueSchema",
      "builtinRules",
      "check",
      "checkPartition",
      "checkStream",
      "claimReviewDrafts",
      "clusterValues",
      "combineCensus",
      "compareDates",
      "compareNames",
      "consensusOfPartitions",
      "corpusJsonSchema",
      "defineRule",
      "encodingProblem",
      "formatClaimReview",
      "formatHtml",
      "formatJson",
      "formatJsonChunks",
      "formatJsonStream",
      "formatMarkdown",
      "formatNdjson",
      "formatNdjsonChunks",
      "formatNdjsonStream",
      "formatPath",
      "formatReport",
      "formatReportChunks",
      "formatText",
      "jsonCorpusReader",
      "mergeReports",
      "ndjsonCorpusReader",
      "parseCorpora",
      "parseCorpus",
      "parseCorpusText",
      "parseJsonText",
      "parsePartialDate",
      "partitionCorpus",
      "preparePartition",
      "resolveDate",
      "safeConfigureRules",
      "sniffEncoding",
      "sniffLayout",
      "subjectPartition",
      "valueModule",
    ]);
  });

  it("exports exactly these values from corroborate/testing", () => {
    expect(Object.keys(testing).sort()).toEqual(["RuleTester", "RuleTesterError"]);
  });

  it("lists the built-in rules by id", () => {
    expect(api.builtinRules.map((r) => r.id)).toEqual([
      "date-consistency",
      "datetime-consistency",
      "entity-consistency",
      "names-consistency",
      "code-consistency",
      "number-consistency",
      "text-consistency",
      "framing-conflict",
      "status-timeline",
      "weekday-mismatch",
      "relative-date",
      "unreadable-value",
      "single-source",
    ]);
  });
});
