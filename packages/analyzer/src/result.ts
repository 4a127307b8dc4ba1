import type { RuleId, Suggestion } from '@bindsafe/core';
import type { LocatedMessage, SourceLocation } from './location.js';

export type ReportSeverity = 'error' | 'warning';

/** One finding as reported: located, with its severity for this run and a stable fingerprint. */
export interface ReportedFinding {
  readonly ruleId: RuleId;
  readonly messageId: string;
  readonly severity: ReportSeverity;
  readonly message: string;
  readonly data: Readonly<Record<string, string>>;
  /** The primary location: the place a reader must change. */
  readonly location: SourceLocation;
  readonly related: readonly LocatedMessage[];
  /** The steps of a multi-step escape (at least two when present). */
  readonly flow: readonly LocatedMessage[];
  /** Suggested edits, offsets into the primary location's file. */
  readonly suggestions: readonly Suggestion[];
  /** `<hash>:<occurrence>`, stable across unrelated edits (see fingerprint.ts). */
  readonly fingerprint: string;
}

/**
 * Something bindsafe could not analyse, said instead of skipping it silently: a file it skipped
 * (binary, not UTF-8, syntax errors, nested too deeply, an engine failure) or a part of a file
 * the engine could not follow.
 */
export interface AnalyzerDiagnostic {
  /** Repo-relative POSIX path of the file concerned. */
  readonly file: string;
  /** 1-based, when the cause has a position (a syntax error). */
  readonly line?: number;
  readonly column?: number;
  readonly message: string;
  /** Whether the whole file was left out of the analysis. */
  readonly skipped: boolean;
}

export interface AnalyzeStats {
  /** Repo-relative paths of the tsconfig files analysed. */
  readonly projects: readonly string[];
  /** Files selected for analysis (under the given paths, after include/exclude). */
  readonly filesSelected: number;
  /** Files the engine analysed (selected minus skipped). */
  readonly filesAnalyzed: number;
  /** Analysed files that import the model, directly or through their imports. */
  readonly filesReachingModel: number;
  readonly filesSkipped: number;
  /** Reported findings by severity (after suppressions, baseline and `quiet`). */
  readonly errorCount: number;
  readonly warningCount: number;
  /** Findings silenced by `eslint-disable` directives. */
  readonly suppressedCount: number;
  /** Findings already in the baseline. */
  readonly baselinedCount: number;
  /** Warnings left out by `quiet`. */
  readonly hiddenWarningCount: number;
}

export interface AnalyzeResult {
  /** Reported findings, sorted by file, line, column, rule id, message. */
  readonly findings: readonly ReportedFinding[];
  /** Sorted by file, then line. */
  readonly diagnostics: readonly AnalyzerDiagnostic[];
  readonly stats: AnalyzeStats;
  /** Absolute POSIX path that `file` fields are relative to (the git root, else the cwd). */
  readonly root: string;
}

export function compareFindings(a: ReportedFinding, b: ReportedFinding): number {
  return (
    compareStrings(a.location.file, b.location.file) ||
    a.location.line - b.location.line ||
    a.location.column - b.location.column ||
    compareStrings(a.ruleId, b.ruleId) ||
    compareStrings(a.message, b.message) ||
    compareStrings(a.fingerprint, b.fingerprint)
  );
}

export function compareDiagnostics(a: AnalyzerDiagnostic, b: AnalyzerDiagnostic): number {
  return compareStrings(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compareStrings(a.message, b.message);
}

/** Code-unit order, independent of the locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
