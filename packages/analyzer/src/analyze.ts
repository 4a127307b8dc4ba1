import * as path from 'node:path';
import type { RuleId, Severity } from '@bindsafe/core';
import { analyzeProject, type PlannedProject } from './analysis/analyze-project.js';
import { defaultEngineFactory, type EngineFactory } from './analysis/engine-factory.js';
import { readBaseline, type Baseline } from './baseline.js';
import { configFromObject, defaultConfig, findConfigFile, readConfigFile, type LoadedConfig } from './config/load.js';
import type { BindsafeConfig } from './config/validate.js';
import { BindsafeError } from './errors.js';
import { discoverProjects, type ProjectTarget } from './project/discover.js';
import { selectFiles } from './project/file-selection.js';
import { displayPath, findRepoRoot, toPosix, toRepoPath } from './repo-path.js';
import { selectReported } from './report-selection.js';
import { resolveSeverities } from './rule-severity.js';
import {
  compareDiagnostics,
  compareFindings,
  type AnalyzeResult,
  type AnalyzerDiagnostic,
  type ReportedFinding,
} from './result.js';

export interface AnalyzeOptions {
  /** Working directory paths are resolved against (default: `process.cwd()`). */
  readonly cwd?: string;
  /** Directory report paths are relative to (default: the git root above `cwd`, else `cwd`). */
  readonly root?: string;
  /** tsconfig file(s), or directories holding one; default: the nearest above each path. */
  readonly project?: string | readonly string[];
  /** Files or directories to analyse; default: every file of the project. */
  readonly files?: readonly string[];
  /** Rule severities; they override the config file's. */
  readonly rules?: Readonly<Partial<Record<RuleId, Severity>>>;
  /**
   * The configuration: an object (validated like the file), `false` for the built-in defaults,
   * or undefined to use `bindsafe.config.json` found next to each tsconfig or above the cwd.
   */
  readonly config?: BindsafeConfig | false;
  /** Fingerprints (or the path of a baseline file) of findings that are not reported. */
  readonly baseline?: Baseline | string;
  /** Report errors only. */
  readonly quiet?: boolean;
  /**
   * Progress: while a program is built (`loading`: its files parsed and the project's total), then
   * per analysed file (`analysing`: files done and the total for the run).
   */
  readonly onProgress?: (done: number, total: number, phase: 'loading' | 'analysing') => void;
  /** Creates the engine for a program (default: `getEngine` of `@bindsafe/core`). */
  readonly engine?: EngineFactory;
}

/**
 * Analyses the files of one or more TypeScript projects and returns what `bindsafe analyze`
 * reports. Rejects with a `BindsafeError` for a usage, config or input problem that prevents the
 * run (a missing path, a tsconfig or config that does not parse, nothing to analyse).
 */
export async function analyze(options: AnalyzeOptions = {}): Promise<AnalyzeResult> {
  const cwd = toPosix(path.resolve(options.cwd ?? process.cwd()));
  const root = options.root !== undefined ? toPosix(path.resolve(cwd, options.root)) : findRepoRoot(cwd);
  const projects = options.project === undefined ? [] : typeof options.project === 'string' ? [options.project] : options.project;
  resolveSeverities(options.rules); // rejects an unknown rule or severity before any work
  const targets = discoverProjects({ cwd, root, paths: options.files ?? [], projects });
  const baseline = typeof options.baseline === 'string' ? readBaseline(path.resolve(cwd, options.baseline), root) : options.baseline;

  const configs = new Map<string, LoadedConfig>();
  let given: LoadedConfig | undefined;
  const configFor = (tsconfig: string): LoadedConfig => {
    if (options.config === false) return defaultConfig(cwd);
    if (options.config !== undefined) return (given ??= configFromObject(options.config, cwd));
    const file = findConfigFile(path.posix.dirname(tsconfig), cwd, root);
    if (file === undefined) return defaultConfig(cwd);
    let loaded = configs.get(file);
    if (!loaded) configs.set(file, (loaded = readConfigFile(file, root)));
    return loaded;
  };

  const claimed = new Set<string>();
  const plan: PlannedProject[] = [];
  let excludedByConfig = 0;
  for (const target of targets) {
    const config = configFor(target.config.path);
    const selection = selectFiles(target, config, claimed, root);
    for (const file of selection.selected) claimed.add(file);
    excludedByConfig += selection.excludedByConfig;
    plan.push({ target, config, selection });
  }
  const total = plan.reduce((n, p) => n + p.selection.selected.length, 0);
  if (total === 0) throw nothingToAnalyse(targets, options.files ?? [], excludedByConfig, root);

  const findings: ReportedFinding[] = [];
  const diagnostics: AnalyzerDiagnostic[] = [];
  let done = 0;
  let analysed = 0;
  let reachingModel = 0;
  let suppressed = 0;
  const run = {
    cwd,
    root,
    rules: options.rules,
    engine: options.engine ?? defaultEngineFactory,
    onFile: () => options.onProgress?.(++done, total, 'analysing'),
    onLoad: (loaded: number, of: number) => options.onProgress?.(loaded, of, 'loading'),
  };
  for (const planned of plan) {
    if (planned.selection.selected.length === 0) continue;
    const outcome = analyzeProject(planned, run);
    findings.push(...outcome.findings);
    diagnostics.push(...outcome.diagnostics);
    analysed += outcome.analysed;
    reachingModel += outcome.reachingModel;
    suppressed += outcome.suppressed;
  }

  diagnostics.sort(compareDiagnostics);
  if (analysed === 0) {
    throw new BindsafeError(
      `none of the ${total} selected file${total === 1 ? '' : 's'} could be analysed`,
      diagnostics.map(describeDiagnostic),
    );
  }

  findings.sort(compareFindings);
  const reported = selectReported(findings, { baseline, quiet: options.quiet });
  return {
    findings: reported.findings,
    diagnostics,
    root,
    stats: {
      projects: plan.map((p) => toRepoPath(root, p.target.config.path)),
      filesSelected: total,
      filesAnalyzed: analysed,
      filesReachingModel: reachingModel,
      // Every selected file is either analysed or skipped with a diagnostic.
      filesSkipped: total - analysed,
      errorCount: reported.errorCount,
      warningCount: reported.warningCount,
      suppressedCount: suppressed,
      baselinedCount: reported.baselinedCount,
      hiddenWarningCount: reported.hiddenWarningCount,
    },
  };
}

/** One line for a diagnostic: `src/a.ts:3:7: syntax error: …` (control characters in the name escaped). */
export function describeDiagnostic(d: AnalyzerDiagnostic): string {
  const file = displayPath(d.file);
  const where = d.line !== undefined ? `${file}:${d.line}:${d.column ?? 1}` : file;
  return `${where}: ${d.message}`;
}

function nothingToAnalyse(targets: readonly ProjectTarget[], paths: readonly string[], excluded: number, root: string): BindsafeError {
  const names = targets.map((t) => toRepoPath(root, t.config.path)).join(', ') || 'the project';
  if (excluded > 0) {
    return new BindsafeError(`no files to analyse: the config's include/exclude leave out all ${excluded} file${excluded === 1 ? '' : 's'} of ${names}`);
  }
  if (targets.every((t) => t.config.fileNames.length === 0)) {
    return new BindsafeError(`no files to analyse: ${names} include${targets.length === 1 ? 's' : ''} no TypeScript files`);
  }
  if (paths.length > 0) return new BindsafeError(`no files to analyse: no source file of ${names} is under ${paths.join(', ')}`);
  return new BindsafeError(`no files to analyse in ${names} (only declaration or non-source files)`);
}
