import type { Baseline } from './baseline.js';
import type { AnalyzeResult, ReportedFinding } from './result.js';

export interface ReportSelection {
  readonly findings: readonly ReportedFinding[];
  readonly baselinedCount: number;
  readonly hiddenWarningCount: number;
  readonly errorCount: number;
  readonly warningCount: number;
}

/**
 * Which findings a run reports: those not in the baseline (only new findings count), and with
 * `quiet` only errors. Order is kept.
 */
export function selectReported(
  findings: readonly ReportedFinding[],
  options: { readonly baseline?: Baseline | undefined; readonly quiet?: boolean | undefined },
): ReportSelection {
  const { baseline, quiet = false } = options;
  const fresh = baseline ? findings.filter((f) => !baseline.has(f.fingerprint)) : findings;
  const shown = quiet ? fresh.filter((f) => f.severity === 'error') : fresh;
  return {
    findings: shown,
    baselinedCount: findings.length - fresh.length,
    hiddenWarningCount: fresh.length - shown.length,
    errorCount: shown.filter((f) => f.severity === 'error').length,
    warningCount: shown.filter((f) => f.severity === 'warning').length,
  };
}

/**
 * `result` narrowed further (a baseline written after the run, `quiet` applied afterwards):
 * counts add up with what the result already left out.
 */
export function narrowResult(
  result: AnalyzeResult,
  options: { readonly baseline?: Baseline | undefined; readonly quiet?: boolean | undefined },
): AnalyzeResult {
  const selection = selectReported(result.findings, options);
  return {
    ...result,
    findings: selection.findings,
    stats: {
      ...result.stats,
      errorCount: selection.errorCount,
      warningCount: selection.warningCount,
      baselinedCount: result.stats.baselinedCount + selection.baselinedCount,
      hiddenWarningCount: result.stats.hiddenWarningCount + selection.hiddenWarningCount,
    },
  };
}
