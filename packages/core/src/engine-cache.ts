import type * as ts from 'typescript';
import { AnalysisContext } from './analysis/context.js';
import { analyzeFileEvents } from './analysis/file-analysis.js';
import { takeSummaryFailures, type SummaryFailure } from './analysis/summary.js';
import type { Engine, EngineOptions, FileAnalysis, TsModule } from './engine.js';
import type { EngineDiagnostic, Finding } from './finding.js';
import { kernelSpec } from './model/kernel-spec.js';
import { resolveModel } from './model/resolve.js';
import { computeReach } from './program/reach.js';
import { unresolvedModelImport } from './program/unresolved-model.js';
import { scopedPropertyNames } from './program/scoped-properties.js';
import { findingsFromEvents } from './report/findings.js';
import { collectUnsafeNames, safetyCommentFindings } from './rules/safety-comment.js';

const engines = new WeakMap<ts.Program, Map<string, Engine>>();
const nothing: FileAnalysis = { findings: [], diagnostics: [], reachesModel: false };

/**
 * The engine for `program`: created once per program and option set, so both front ends (and
 * every rule of the ESLint plugin) share one analysis per file.
 */
export function getEngine(tsModule: TsModule, program: ts.Program, options: EngineOptions = {}): Engine {
  const key = JSON.stringify(options);
  let perProgram = engines.get(program);
  if (!perProgram) engines.set(program, (perProgram = new Map()));
  let engine = perProgram.get(key);
  if (!engine) perProgram.set(key, (engine = createEngine(tsModule, program, options)));
  return engine;
}

/** What every file's analysis shares; `ctx.reach` holds the files that reach the model. */
interface Prepared {
  readonly ctx: AnalysisContext;
  readonly unsafeNames: Set<string>;
}

/** The program's checker, and the shared analysis (`null`: no file of the program is the model's). */
interface ProgramState {
  readonly checker: ts.TypeChecker;
  readonly prepared: Prepared | null;
}

function createEngine(tsm: TsModule, program: ts.Program, options: EngineOptions): Engine {
  let state: ProgramState | undefined;
  const prepare = (): ProgramState => {
    if (state) return state;
    const checker = program.getTypeChecker();
    const model = resolveModel(tsm, program, checker, kernelSpec);
    if (!model) return (state = { checker, prepared: null });
    const ctx = new AnalysisContext(tsm, program, model, options, checker);
    const reach = computeReach(tsm, program, checker, model);
    ctx.reach = reach;
    ctx.scopedProperties = scopedPropertyNames(ctx, [...reach].flatMap((f) => program.getSourceFile(f) ?? []));
    return (state = { checker, prepared: { ctx, unsafeNames: collectUnsafeNames(ctx) } });
  };
  const results = new WeakMap<ts.SourceFile, FileAnalysis>();
  return {
    analyzeFile(sf) {
      const cached = results.get(sf);
      if (cached) return cached;
      const { checker, prepared } = prepare();
      let result = analyze(tsm, sf, prepared);
      const unresolved = sf.isDeclarationFile ? undefined : unresolvedModelImport(tsm, program, checker, sf, kernelSpec.package);
      if (unresolved) result = { ...result, unresolvedModelImport: unresolved };
      results.set(sf, result);
      return result;
    },
  };
}

function analyze(
  tsm: TsModule,
  sf: ts.SourceFile,
  prepared: Prepared | null,
): FileAnalysis {
  if (!prepared || sf.isDeclarationFile || !prepared.ctx.reach.has(sf.fileName)) return nothing;
  const { ctx, unsafeNames } = prepared;
  const diagnostics: EngineDiagnostic[] = [];
  let findings: Finding[] = [];
  try {
    takeSummaryFailures(ctx);
    const { events, skipped } = analyzeFileEvents(ctx, sf);
    findings = findingsFromEvents(tsm, sf, events, ctx.checker);
    for (const s of skipped) {
      const line = sf.getLineAndCharacterOfPosition(s.node.getStart(sf)).line + 1;
      diagnostics.push({ fileName: sf.fileName, message: `skipped the code at line ${line}: ${s.reason}` });
    }
    for (const failure of takeSummaryFailures(ctx)) diagnostics.push({ fileName: sf.fileName, message: describeSummaryFailure(sf, failure) });
  } catch (error) {
    diagnostics.push({ fileName: sf.fileName, message: `skipped the file: ${describeError(error)}` });
  }
  try {
    findings.push(...safetyCommentFindings(ctx, sf, unsafeNames));
  } catch (error) {
    diagnostics.push({ fileName: sf.fileName, message: `skipped SAFETY comments: ${describeError(error)}` });
  }
  findings.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
  return { findings, diagnostics, reachesModel: true };
}

/** E.g. "calls to `h` (lib/deep.ts:12) were taken to borrow their arguments, since it could not be summarised: …". */
function describeSummaryFailure(from: ts.SourceFile, { fn, reason }: SummaryFailure): string {
  const sf = fn.getSourceFile();
  const line = sf.getLineAndCharacterOfPosition(fn.getStart(sf)).line + 1;
  const name = fn.name && 'text' in fn.name ? `\`${fn.name.text}\`` : 'a function';
  const where = sf === from ? `line ${line}` : `${relativePath(from.fileName, sf.fileName)}:${line}`;
  return `calls to ${name} (${where}) were taken to borrow their arguments, since it could not be summarised: ${reason}`;
}

/** `to` relative to the directory of `from`, `/`-separated. */
function relativePath(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let i = 0;
  while (i < a.length && i < b.length - 1 && a[i] === b[i]) i++;
  return [...a.slice(i).map(() => '..'), ...b.slice(i)].join('/');
}

function describeError(error: unknown): string {
  if (error instanceof RangeError) return 'it is nested too deeply to analyse';
  return `internal error (${error instanceof Error ? error.message : String(error)})`;
}
