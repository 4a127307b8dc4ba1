import * as path from 'node:path';
import { displayPath, isWithin } from '../repo-path.js';
import type { AnalyzeResult, ReportedFinding } from '../result.js';
import type { Palette } from './colour.js';
import { coverage, problemCount } from './summary.js';

export interface StylishOptions {
  readonly palette: Palette;
  /** Paths inside the repository are shown relative to this directory (clickable in terminals). */
  readonly cwd: string;
}

/**
 * ESLint's `stylish` layout: findings grouped by file, `line:column  severity  message  rule`,
 * related locations indented under their finding, and a summary line.
 */
export function formatStylish(result: AnalyzeResult, options: StylishOptions): string {
  const { palette: c } = options;
  const shown = (absolute: string, file: string): string =>
    displayPath(isWithin(result.root, absolute) ? path.posix.relative(options.cwd, absolute) || file : file);

  const groups = new Map<string, ReportedFinding[]>();
  for (const finding of result.findings) {
    const group = groups.get(finding.location.file);
    if (group) group.push(finding);
    else groups.set(finding.location.file, [finding]);
  }

  const lines: string[] = [];
  for (const findings of groups.values()) {
    const first = findings[0] as ReportedFinding;
    lines.push('', c.underline(shown(first.location.path, first.location.file)));
    const positions = findings.map((f) => `${f.location.line}:${f.location.column}`);
    const positionWidth = Math.max(...positions.map((p) => p.length));
    const messages = findings.map((f) => oneLine(f.message));
    const messageWidth = Math.max(...messages.map((m) => m.length));
    findings.forEach((f, i) => {
      const severity = f.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      const message = (messages[i] as string).padEnd(messageWidth);
      lines.push(`  ${c.dim((positions[i] as string).padStart(positionWidth))}  ${severity}  ${message}  ${c.dim(f.ruleId)}`);
      for (const r of f.related) {
        const where = `${shown(r.path, r.file)}:${r.line}:${r.column}`;
        lines.push(`  ${' '.repeat(positionWidth)}  ${c.dim(`↳ ${where}: ${oneLine(r.message)}`)}`);
      }
    });
  }
  const total = result.stats.errorCount + result.stats.warningCount;
  const headline = total === 0 ? c.green(`✔ ${problemCount(result)}`) : c.bold((result.stats.errorCount > 0 ? c.red : c.yellow)(`✖ ${problemCount(result)}`));
  lines.push('', `${headline} ${c.dim(`· ${coverage(result)}`)}`, '');
  return lines.slice(total === 0 ? 1 : 0).join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ').trim();
}
