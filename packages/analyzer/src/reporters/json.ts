import type { RuleId } from '@bindsafe/core';
import type { AnalyzeResult, AnalyzeStats, ReportSeverity } from '../result.js';

/** The `--format json` document, version 1 (documented in docs/cli.md). */
export interface JsonReport {
  /** Version of this JSON format (not of the tool). */
  readonly version: 1;
  readonly findings: readonly JsonFinding[];
  readonly stats: JsonStats;
}

export interface JsonFinding {
  readonly ruleId: RuleId;
  readonly severity: ReportSeverity;
  readonly message: string;
  /** Repo-relative POSIX path. */
  readonly file: string;
  /** 1-based, like ESLint; `endColumn` is the column just after the span. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly related: readonly { readonly file: string; readonly line: number; readonly column: number; readonly message: string }[];
  readonly fingerprint: string;
}

export interface JsonStats extends AnalyzeStats {
  /** Files skipped and parts the engine could not follow, sorted by file and line. */
  readonly diagnostics: readonly {
    readonly file: string;
    readonly line?: number;
    readonly column?: number;
    readonly message: string;
    readonly skipped: boolean;
  }[];
}

const jsonFormatVersion = 1;

export function toJsonReport(result: AnalyzeResult): JsonReport {
  const s = result.stats;
  return {
    version: jsonFormatVersion,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      file: f.location.file,
      line: f.location.line,
      column: f.location.column,
      endLine: f.location.endLine,
      endColumn: f.location.endColumn,
      related: f.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message })),
      fingerprint: f.fingerprint,
    })),
    stats: {
      projects: s.projects,
      filesSelected: s.filesSelected,
      filesAnalyzed: s.filesAnalyzed,
      filesReachingModel: s.filesReachingModel,
      filesSkipped: s.filesSkipped,
      errorCount: s.errorCount,
      warningCount: s.warningCount,
      suppressedCount: s.suppressedCount,
      baselinedCount: s.baselinedCount,
      hiddenWarningCount: s.hiddenWarningCount,
      diagnostics: result.diagnostics.map((d) => ({
        file: d.file,
        ...(d.line !== undefined ? { line: d.line, column: d.column ?? 1 } : {}),
        message: d.message,
        skipped: d.skipped,
      })),
    },
  };
}

export function formatJson(result: AnalyzeResult): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}
