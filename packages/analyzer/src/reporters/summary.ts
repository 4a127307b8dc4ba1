import type { AnalyzeResult } from '../result.js';

/** `1 file`, `2 files`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `2 problems (1 error, 1 warning)` or `no problems`. */
export function problemCount(result: AnalyzeResult): string {
  const { errorCount, warningCount } = result.stats;
  const total = errorCount + warningCount;
  if (total === 0) return 'no problems';
  return `${plural(total, 'problem')} (${plural(errorCount, 'error')}, ${plural(warningCount, 'warning')})`;
}

/** What the run covered: `12 files analysed (3 reach the model), 1 skipped, 2 suppressed`. */
export function coverage(result: AnalyzeResult): string {
  const s = result.stats;
  const parts = [`${plural(s.filesAnalyzed, 'file')} analysed (${s.filesReachingModel} reach${s.filesReachingModel === 1 ? 'es' : ''} the model)`];
  if (s.filesSkipped > 0) parts.push(`${s.filesSkipped} skipped`);
  if (s.suppressedCount > 0) parts.push(`${s.suppressedCount} suppressed`);
  if (s.baselinedCount > 0) parts.push(`${s.baselinedCount} in the baseline`);
  if (s.hiddenWarningCount > 0) parts.push(`${plural(s.hiddenWarningCount, 'warning')} not shown (--quiet)`);
  return parts.join(', ');
}
