import type { AnalyzeResult, AnalyzerDiagnostic, ReportedFinding } from '../result.js';
import { coverage, problemCount } from './summary.js';

/**
 * GitHub Actions workflow commands: one `::error`/`::warning` annotation per finding (shown on
 * the pull request's diff), a `::warning` per skipped file, and a plain summary line.
 */
export function formatGithub(result: AnalyzeResult): string {
  const lines = result.findings.map(annotation);
  lines.push(...result.diagnostics.filter((d) => d.skipped).map(diagnosticAnnotation));
  lines.push(`bindsafe: ${problemCount(result)} · ${coverage(result)}`);
  return `${lines.join('\n')}\n`;
}

function annotation(f: ReportedFinding): string {
  const { file, line, column, endLine, endColumn } = f.location;
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${line}`,
    `col=${column}`,
    `endLine=${endLine}`,
    `endColumn=${endColumn}`,
    `title=${escapeProperty(`bindsafe/${f.ruleId}`)}`,
  ];
  const related = f.related.map((r) => `\n${r.file}:${r.line}:${r.column}: ${r.message}`).join('');
  return `::${f.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(f.message + related)}`;
}

function diagnosticAnnotation(d: AnalyzerDiagnostic): string {
  const properties = [`file=${escapeProperty(d.file)}`];
  if (d.line !== undefined) properties.push(`line=${d.line}`, `col=${d.column ?? 1}`);
  properties.push(`title=${escapeProperty('bindsafe: file skipped')}`);
  return `::warning ${properties.join(',')}::${escapeData(d.message)}`;
}

/** The message part of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value of a workflow command (also `:` and `,`, which delimit properties). */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
