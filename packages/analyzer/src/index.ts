/**
 * `@bindsafe/analyzer`: the `bindsafe analyze` command's engine room, for tools. The CLI is a
 * thin layer over `analyze` and `formatReport`.
 */
export { analyze, describeDiagnostic, type AnalyzeOptions } from './analyze.js';
export type { AnalyzeResult, AnalyzeStats, AnalyzerDiagnostic, ReportedFinding, ReportSeverity } from './result.js';
export type { SourceLocation, LocatedMessage } from './location.js';
export { findingRecords, type FindingRecord, type FindingRecordOptions } from './records.js';
export { formatReport, reportFormats, isReportFormat, type ReportFormat, type FormatOptions } from './reporters/index.js';
export { toJsonReport, type JsonReport, type JsonFinding, type JsonStats } from './reporters/json.js';
export { toSarifLog } from './reporters/sarif.js';
export { baselineOf, readBaseline, writeBaseline, defaultBaselineFile, type Baseline, type BaselineFile, type BaselineEntry } from './baseline.js';
export { narrowResult, selectReported } from './report-selection.js';
export type { BindsafeConfig } from './config/validate.js';
export { configFileName } from './config/load.js';
export type { EngineFactory } from './analysis/engine-factory.js';
export { BindsafeError, isBindsafeError } from './errors.js';
export { main, processIo, type CliIo, type OutputStream } from './cli.js';
export { toolVersion } from './version.js';
