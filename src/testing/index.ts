/**
 * Helpers for rule authors: `import { RuleTester } from "corroborate/testing"`.
 *
 * @packageDocumentation
 */
export { RuleTester, RuleTesterError } from "./rule-tester.js";
export type { CaseCorpus, InvalidCase, RuleTesterCases, RuleTesterDefaults, RuleTesterOptions, ValidCase } from "./rule-tester.js";
export type { ClusterValue, ExpectedCluster, ExpectedFinding } from "./expect-findings.js";
export type {
  TestClaim,
  TestCorpus,
  TestCorpusPart,
  TestDateTimeValue,
  TestDateValue,
  TestEntity,
  TestNamesValue,
  TestPredicate,
  TestSource,
  TestValue,
  TestValueFields,
} from "./test-corpus.js";
