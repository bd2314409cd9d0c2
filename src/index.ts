/**
 * corroborate — check what several sources say about the same events and report
 * where they agree and where they contradict each other.
 *
 * @packageDocumentation
 */

// Corpus: format, validation, types.
export { parseCorpus, parseCorpusText, parseJsonText } from "./model/parse-corpus.js";
export type { ParseCorpusResult } from "./model/parse-corpus.js";
export { parseCorpora } from "./model/merge.js";
export type { DocumentProblem, NamedDocument, ParseCorporaResult } from "./model/merge.js";
export { formatPath } from "./model/problem.js";
export { corpusJsonSchema, CORPUS_SCHEMA_ID } from "./model/json-schema.js";
export type { CorpusProblem, ProblemCode } from "./model/problem.js";
export { CorpusSchema, ClaimSchema, SourceSchema, EntitySchema, PredicateSpecSchema, ValueSchema, CORPUS_FORMAT } from "./model/schema.js";
export type {
  Claim,
  Corpus,
  CorpusInput,
  DateValue,
  Entity,
  EntityValue,
  NumberValue,
  PredicateSpec,
  Source,
  Status,
  StatusValue,
  TextValue,
  Value,
  ValueType,
} from "./model/types.js";

// Time.
export { resolveDate } from "./time/resolve-date.js";
export type { ResolveDateOptions, ResolveDateResult, ResolvedDate, UnresolvedDate } from "./time/resolve-date.js";
export { compareDates, parsePartialDate } from "./time/partial-date.js";
export type { DateInterval, DatePrecision, DateRelation } from "./time/partial-date.js";

// Entities.
export { compareNames, EntityMatcher } from "./entities/matcher.js";
export type { EntityIdentity, NameMatch } from "./entities/matcher.js";

// Engine and rules.
export { check, checkStream } from "./engine/check.js";
export type { CheckOptions, CheckProgress, ReportStream } from "./engine/check.js";
export { ConfigError } from "./engine/config.js";
export type { RuleSetting, RulesConfig } from "./engine/config.js";
export { defineRule } from "./engine/define-rule.js";
export type { AnyRule, Rule, RuleDefinition, RuleMeta } from "./engine/define-rule.js";
export type { ReportDescriptor, RuleContext } from "./engine/context.js";
export type { ValueCluster } from "./values/cluster.js";
export type { Independence } from "./engine/independence.js";
export type {
  ClaimGroup,
  Cluster,
  Evidence,
  AgreementFinding,
  DiscrepancyFinding,
  Finding,
  FindingBase,
  NoteFinding,
  FindingKind,
  Report,
  ReportSource,
  ReportSummary,
  ResolvedClaim,
  ResolvedValue,
  Severity,
} from "./engine/types.js";
export { builtinRules } from "./rules/index.js";

// Reports.
export {
  formatReport,
  formatReportChunks,
  formatHtml,
  formatJson,
  formatJsonChunks,
  formatJsonStream,
  formatMarkdown,
  formatText,
  REPORT_FORMATS,
} from "./report/index.js";
export type { ReportFormat, FormatOptions } from "./report/index.js";
