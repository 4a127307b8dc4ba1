import type { EngineOptions, RuleId, Severity } from '@bindsafe/core';
import type { LoadedConfig } from '../config/load.js';
import type { ProjectTarget } from '../project/discover.js';
import type { FileSelection } from '../project/file-selection.js';
import { loadProject } from '../project/load.js';
import { toRepoPath } from '../repo-path.js';
import type { AnalyzerDiagnostic, ReportedFinding } from '../result.js';
import { resolveSeverities } from '../rule-severity.js';
import { createTypeContractChecker } from '../type-contract/check.js';
import { analyzeSourceFile } from './analyze-file.js';
import { createProgramEngine, type EngineFactory } from './engine-factory.js';

/** One tsconfig of a run, with its config and the files to analyse. */
export interface PlannedProject {
  readonly target: ProjectTarget;
  readonly config: LoadedConfig;
  readonly selection: FileSelection;
}

export interface ProjectRun {
  readonly cwd: string;
  readonly root: string;
  readonly rules: Readonly<Partial<Record<RuleId, Severity>>> | undefined;
  readonly engine: EngineFactory;
  /** Called after each selected file is analysed. */
  readonly onFile: () => void;
  /** Called after each root file is parsed, while the program is built. */
  readonly onLoad: (loaded: number, total: number) => void;
}

export interface ProjectOutcome {
  readonly findings: ReportedFinding[];
  readonly diagnostics: AnalyzerDiagnostic[];
  readonly analysed: number;
  readonly reachingModel: number;
  readonly suppressed: number;
}

/**
 * Builds one project's program and analyses its selected files. Files that could not enter the
 * program (binary, not UTF-8, too deep for the parser) are reported as skipped; so are imported
 * files kept out of it.
 */
export function analyzeProject({ target, config, selection }: PlannedProject, run: ProjectRun): ProjectOutcome {
  const { root } = run;
  const loaded = loadProject(target.config, [...target.config.fileNames, ...selection.extraRootFiles], run.cwd, root, run.onLoad);
  const { program } = loaded;
  const context = {
    program,
    engine: createProgramEngine(run.engine, program, engineOptionsOf(config)),
    severities: resolveSeverities(config.config.rules, run.rules),
    root,
    typeContract: createTypeContractChecker(program),
  };

  const findings: ReportedFinding[] = [];
  const diagnostics: AnalyzerDiagnostic[] = [];
  let analysed = 0;
  let reachingModel = 0;
  let suppressed = 0;
  const selected = new Set(selection.selected);
  for (const [file, reason] of loaded.skipped) {
    if (selected.has(file)) continue;
    diagnostics.push({ file: toRepoPath(root, file), message: `${reason}; skipped (imported by analysed files)`, skipped: true });
  }
  for (const file of selection.selected) {
    const sourceFile = program.getSourceFile(file);
    if (!sourceFile) {
      const reason = loaded.skipped.get(file) ?? 'not part of the program';
      diagnostics.push({ file: toRepoPath(root, file), message: `${reason}; file skipped`, skipped: true });
    } else {
      const result = analyzeSourceFile(context, sourceFile);
      findings.push(...result.findings);
      diagnostics.push(...result.diagnostics);
      suppressed += result.suppressedCount;
      if (!result.skipped) analysed++;
      if (result.reachesModel) reachingModel++;
    }
    run.onFile();
  }
  return { findings, diagnostics, analysed, reachingModel, suppressed };
}

/** The config keys the engine takes. */
function engineOptionsOf({ config }: LoadedConfig): EngineOptions {
  return {
    ...(config.unknownCalleesEscape !== undefined ? { unknownCalleesEscape: config.unknownCalleesEscape } : {}),
    ...(config.safeFunctions ? { safeFunctions: config.safeFunctions } : {}),
    ...(config.escapingFunctions ? { escapingFunctions: config.escapingFunctions } : {}),
  };
}
