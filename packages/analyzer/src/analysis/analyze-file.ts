import { describeRule, formatMessage } from '@bindsafe/core';
import type { ts } from 'ts-morph';
import { typescript } from '../project/ts-morph-runtime.js';
import { BindsafeError, describeThrown, isStackOverflow, oneLine } from '../errors.js';
import { toRepoPath } from '../repo-path.js';
import type { AnalyzerDiagnostic, ReportedFinding, ReportSeverity } from '../result.js';
import type { RuleSeverities } from '../rule-severity.js';
import { applySuppressions, type SuppressionProblem } from '../suppressions/apply.js';
import { collectComments, mayHoldDirectives } from '../suppressions/comments.js';
import { parseDirectives } from '../suppressions/directives.js';
import type { TypeContractChecker } from '../type-contract/check.js';
import type { ProgramEngine } from './engine-factory.js';
import { locateFindings } from './locate-finding.js';
import { fromEngineFinding, type RawFinding } from './raw-finding.js';

export interface FileAnalysisContext {
  readonly program: ts.Program;
  readonly engine: ProgramEngine;
  readonly severities: RuleSeverities;
  readonly root: string;
  readonly typeContract: TypeContractChecker;
}

export interface FileOutcome {
  /** Findings after suppressions, with this run's severities (baseline and `quiet` come later). */
  readonly findings: readonly ReportedFinding[];
  readonly suppressedCount: number;
  readonly diagnostics: readonly AnalyzerDiagnostic[];
  readonly reachesModel: boolean;
  /** Whether the file was left out (its diagnostic says why). */
  readonly skipped: boolean;
}

/**
 * Everything bindsafe reports for one file: the engine's findings, `type-contract` findings (only
 * in files that reach the model, the only ones that get semantic work), ESLint directives applied
 * to both, and `suppression` findings for bindsafe directives without a reason or without effect.
 * A file with syntax errors, or one the engine fails on (a stack overflow on deep nesting
 * included), is skipped with a diagnostic instead of failing the run. A file whose import of the
 * model's package does not resolve stops the run (`BindsafeError`).
 */
export function analyzeSourceFile(context: FileAnalysisContext, sourceFile: ts.SourceFile): FileOutcome {
  const { program, severities, root } = context;
  const file = toRepoPath(root, sourceFile.fileName);
  const skip = (message: string, line?: number, column?: number): FileOutcome => ({
    findings: [],
    suppressedCount: 0,
    diagnostics: [{ file, message, skipped: true, ...(line !== undefined ? { line, column } : {}) }],
    reachesModel: false,
    skipped: true,
  });

  const syntaxError = program.getSyntacticDiagnostics(sourceFile).find((d) => d.category === typescript.DiagnosticCategory.Error);
  if (syntaxError) {
    const where = sourceFile.getLineAndCharacterOfPosition(syntaxError.start ?? 0);
    const text = oneLine(typescript.flattenDiagnosticMessageText(syntaxError.messageText, ' '));
    return skip(`syntax error: ${text} (TS${syntaxError.code}); file skipped`, where.line + 1, where.character + 1);
  }

  let analysis;
  try {
    analysis = context.engine.analyzeFile(sourceFile);
  } catch (error) {
    return skip(isStackOverflow(error) ? 'nested too deeply to analyse (maximum call stack size exceeded); file skipped' : `the engine failed: ${describeThrown(error)}; file skipped`);
  }

  const unresolved = analysis.unresolvedModelImport;
  if (unresolved) {
    // The model itself is missing: analysing the rest would be the silent "no problems" the run must not give.
    const where = sourceFile.getLineAndCharacterOfPosition(unresolved.span.start);
    throw new BindsafeError(`${file}:${where.line + 1}:${where.character + 1}: ${unresolved.message}`);
  }

  const diagnostics: AnalyzerDiagnostic[] = analysis.diagnostics.map((d) => ({
    file: toRepoPath(root, d.fileName),
    message: oneLine(d.message),
    skipped: false,
  }));
  const raw: RawFinding[] = analysis.findings.filter((f) => severities[f.ruleId] !== 'off').map(fromEngineFinding);

  if (analysis.reachesModel && severities['type-contract'] !== 'off') {
    try {
      raw.push(...context.typeContract.check(sourceFile));
    } catch (error) {
      diagnostics.push({ file, message: `type-contract checks skipped: ${describeThrown(error)}`, skipped: false });
    }
  }

  let kept = raw;
  let suppressedCount = 0;
  if ((analysis.reachesModel || raw.length > 0) && mayHoldDirectives(sourceFile.text)) {
    const directives = parseDirectives(sourceFile, collectComments(sourceFile));
    const lineOf = (pos: number): number => sourceFile.getLineAndCharacterOfPosition(pos).line;
    const outcome = applySuppressions(
      directives,
      raw.map((finding) => ({ ruleId: finding.ruleId, line: lineOf(finding.start), pos: finding.start, finding })),
    );
    kept = outcome.kept.map((k) => k.finding);
    suppressedCount = outcome.suppressed.length;
    if (analysis.reachesModel && severities.suppression !== 'off') kept.push(...outcome.problems.map(suppressionFinding));
  }

  const withSeverity = kept.map((finding) => ({ raw: finding, severity: reportSeverity(severities, finding) }));
  return {
    findings: locateFindings(program, sourceFile, withSeverity, root),
    suppressedCount,
    diagnostics,
    reachesModel: analysis.reachesModel,
    skipped: false,
  };
}

function reportSeverity(severities: RuleSeverities, finding: RawFinding): ReportSeverity {
  return severities[finding.ruleId] === 'warn' ? 'warning' : 'error';
}

function suppressionFinding(problem: SuppressionProblem): RawFinding {
  const data = { rules: problem.rules.join(', ') };
  const template = describeRule('suppression').messages[problem.messageId] ?? problem.messageId;
  return {
    ruleId: 'suppression',
    messageId: problem.messageId,
    message: formatMessage(template, data),
    data,
    start: problem.pos,
    end: problem.end,
    related: [],
    flow: [],
    suggestions: [],
  };
}
