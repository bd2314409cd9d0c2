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
export type { ClaimOrigin, DocumentProblem, NamedDocument, ParseCorporaResult } from "./model/merge.js";
export { jsonCorpusReader, ndjsonCorpusReader, sniffLayout } from "./model/stream-reader.js";
export type { CorpusReader, ReadResult, ReaderOptions, RecordOrigin } from "./model/stream-reader.js";
export { encodingProblem, sniffEncoding } from "./model/encoding.js";
export type { Encoding } from "./model/encoding.js";
export { formatPath } from "./model/problem.js";
export { corpusJsonSchema, CORPUS_SCHEMA_ID } from "./model/json-schema.js";
export type { CorpusProblem, ProblemCode } from "./model/problem.js";
export { CorpusSchema, ClaimSchema, SourceSchema, EntitySchema, PredicateSpecSchema, ValueSchema, CORPUS_FORMAT } from "./model/schema.js";
export type {
  Claim,
  CodeValue,
  Corpus,
  CorpusInput,
  DateTimeValue,
  DateValue,
  Entity,
  EntityValue,
  NamesValue,
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

// Values: one module per type (reading, keys, comparison, labels).
export { valueModule, VALUE_MODULES } from "./values/index.js";
export type {
  Distance,
  ReadContext,
  ReportValue,
  ResolvedBase,
  ResolvedCode,
  ResolvedDateTime,
  ResolvedDateValue,
  ResolvedEntity,
  ResolvedNames,
  ResolvedNumber,
  ResolvedStatus,
  ResolvedText,
  ResolvedValues,
  ValueModule,
  ValueOf,
  ValueRelation,
} from "./values/index.js";
export { clusterValues } from "./values/cluster.js";

// Entities.
export { compareNames, EntityMatcher } from "./entities/matcher.js";
export type { EntityIdentity, NameMatch } from "./entities/matcher.js";

// Engine and rules.
export { check, checkStream } from "./engine/check.js";
export type { CheckOptions, CheckProgress, ReportStream } from "./engine/check.js";
// A check in partitions by subject (threads, machines), merged into the whole report byte for byte.
export { combineCensus, partitionCorpus, subjectPartition } from "./engine/partition.js";
export type { Census, CorpusPartition } from "./engine/partition.js";
export { checkPartition, consensusOfPartitions, preparePartition } from "./engine/check-partition.js";
export type { FindingCounts, PartialReport, Placement, PreparedPartition } from "./engine/check-partition.js";
export type { ConsensusPass } from "./engine/consensus.js";
export { mergeReports } from "./engine/merge-reports.js";
export { ConfigError, safeConfigureRules } from "./engine/config.js";
export type { ConfigIssue, ConfigureResult, RuleSetting, RulesConfig, SeverityLevel } from "./engine/config.js";
export { defineRule } from "./engine/define-rule.js";
export type { AnyRule, Rule, RuleDefinition, RuleMeta } from "./engine/define-rule.js";
export type { StandardSchemaV1 } from "./engine/standard-schema.js";
export type { Consensus, ReportDescriptor, ReportedCluster, RuleContext } from "./engine/context.js";
export type { ValueCluster } from "./values/cluster.js";
export type { Independence } from "./engine/independence.js";
export type {
  ClaimGroup,
  Cluster,
  ConsensusEntry,
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
  SourceDependence,
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
  formatNdjson,
  formatNdjsonChunks,
  formatNdjsonStream,
  formatText,
  REPORT_FORMATS,
} from "./report/index.js";
export type { ReportFormat, FormatOptions } from "./report/index.js";
export { claimReviewDrafts, formatClaimReview } from "./report/claim-review.js";
export type { ClaimLd, ClaimReviewDraft, ClaimReviewOptions, CreativeWorkLd, OrganizationLd, PersonLd, RatingLd } from "./report/claim-review.js";
