/**
 * Helpers for rule authors: `import { RuleTester } from "corroborate/testing"`.
 *
 * @packageDocumentation
 */
export { RuleTester, RuleTesterError } from "./rule-tester.js";
export type { ExpectedFinding, InvalidCase, RuleTesterCases, RuleTesterOptions, TestClaim, TestCorpus, TestSource, ValidCase } from "./rule-tester.js";
