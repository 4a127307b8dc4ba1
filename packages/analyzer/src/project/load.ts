import type { Project as MorphProject, ts } from 'ts-morph';
import { BindsafeError, describeThrown, isStackOverflow } from '../errors.js';
import { toRepoPath } from '../repo-path.js';
import { GuardedFileSystem } from './guarded-file-system.js';
import { applyModuleFormats } from './module-format.js';
import { Project } from './ts-morph-runtime.js';
import type { ProjectConfig } from './tsconfig.js';

/** A program built from one tsconfig, and the files that had to be kept out of it. */
export interface LoadedProject {
  readonly config: ProjectConfig;
  readonly program: ts.Program;
  /** Files kept out of the program (absolute POSIX path → reason). */
  readonly skipped: ReadonlyMap<string, string>;
}

const nestedTooDeeply = 'nested too deeply for the TypeScript parser (maximum call stack size exceeded)';
/** Files given up on while building one program before it counts as an internal error. */
const maxParseFailures = 50;

/**
 * Builds the program of `config` on a ts-morph `Project`, adding its root files (and `extraFiles`,
 * files named on the command line that the tsconfig does not include) one by one. A file that is
 * binary, not UTF-8, or that the parser cannot handle (a stack overflow on deep nesting) is kept
 * out of the program, as if absent, and listed in `skipped`; every other file still gets built.
 */
export function loadProject(
  config: ProjectConfig,
  rootFiles: readonly string[],
  cwd: string,
  root: string,
  onFileAdded?: (added: number, total: number) => void,
): LoadedProject {
  const fileSystem = new GuardedFileSystem(cwd);
  let project: MorphProject;
  try {
    project = new Project({ compilerOptions: config.options, fileSystem, skipAddingFilesFromTsConfig: true });
  } catch (error) {
    throw new BindsafeError(`cannot set up ${toRepoPath(root, config.path)}: ${describeThrown(error)}`);
  }
  applyModuleFormats(project, config.options, cwd);

  for (const [i, file] of rootFiles.entries()) {
    try {
      project.addSourceFileAtPath(file);
    } catch (error) {
      if (isStackOverflow(error)) fileSystem.hide(file, nestedTooDeeply);
      else if (!fileSystem.hidden.has(file)) fileSystem.hide(file, `cannot be read: ${describeThrown(error)}`);
    }
    onFileAdded?.(i + 1, rootFiles.length);
  }

  // Building the program parses the files the root files import; a parser overflow there is
  // blamed on the file being parsed (the last one read), which is then left out and the build
  // retried.
  for (let failures = 0; ; failures++) {
    try {
      const program = project.getProgram().compilerObject;
      return { config, program, skipped: fileSystem.hidden };
    } catch (error) {
      const culprit = fileSystem.lastRead;
      if (!isStackOverflow(error) || culprit === undefined || fileSystem.hidden.has(culprit) || failures >= maxParseFailures) {
        throw error;
      }
      fileSystem.hide(culprit, nestedTooDeeply);
    }
  }
}
