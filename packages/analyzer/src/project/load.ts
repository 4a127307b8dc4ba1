import { maxNestingDepth, nestsDeeperThan, type TsModule } from '@bindsafe/core';
import type { ts } from 'ts-morph';
import { BindsafeError, describeThrown, isStackOverflow } from '../errors.js';
import { toPosix, toRepoPath } from '../repo-path.js';
import { GuardedFileSystem } from './guarded-file-system.js';
import { libFiles, libFolder, typescript } from './ts-morph-runtime.js';
import { checkProgramOptions, type ProjectConfig } from './tsconfig.js';

/** A program built from one tsconfig, and the files that had to be kept out of it. */
export interface LoadedProject {
  readonly program: ts.Program;
  /** Files kept out of the program (absolute POSIX path → reason). */
  readonly skipped: ReadonlyMap<string, string>;
}

const nestedTooDeeply = 'nested too deeply for the TypeScript parser (maximum call stack size exceeded)';
const tooDeepToBind = `nested too deeply for TypeScript's binder (more than ${maxNestingDepth} levels; it would overflow the stack)`;

/**
 * Builds the program of `config` from its root files (and `extraFiles`, files named on the command
 * line that the tsconfig does not include) as `tsc` does: same module resolution, same module
 * formats, ts-morph's bundled TypeScript and standard library. A file that is binary, not UTF-8,
 * not a regular file, that the parser cannot handle (a stack overflow on deep nesting) or that
 * nests too deeply for the binder is kept out of the program, as if absent, and listed in
 * `skipped`; every other file still gets built. Compiler options tsc rejects are a
 * `BindsafeError`, as they are for tsc. `onFileParsed` counts the root files parsed so far.
 */
export function loadProject(
  config: ProjectConfig,
  rootFiles: readonly string[],
  cwd: string,
  root: string,
  onFileParsed?: (parsed: number, total: number) => void,
): LoadedProject {
  const files = new GuardedFileSystem();
  let host: ts.CompilerHost;
  try {
    host = guardedCompilerHost(config.options, files, toPosix(cwd), rootFiles, onFileParsed);
  } catch (error) {
    throw new BindsafeError(`cannot set up ${toRepoPath(root, config.path)}: ${describeThrown(error)}`);
  }
  const program = typescript.createProgram({ rootNames: rootFiles, options: config.options, host });
  checkProgramOptions(program, config, root);
  return { program, skipped: files.hidden };
}

/**
 * `tsc`'s compiler host, reading source through `files` and the standard library from ts-morph's
 * in-memory copy. Source files are parsed without parent pointers: the binder sets them, as in
 * `tsc` (setting them in the parser is a second walk over every tree). JSDoc is parsed as ESLint's
 * recommended config has it (`ParseForTypeInfo`: in JavaScript files only), so both front ends see
 * the same trees; a file nested too deeply for the binder is kept out (`maxNestingDepth`).
 */
function guardedCompilerHost(
  options: ts.CompilerOptions,
  files: GuardedFileSystem,
  cwd: string,
  rootFiles: readonly string[],
  onFileParsed: ((parsed: number, total: number) => void) | undefined,
): ts.CompilerHost {
  const host = typescript.createCompilerHost(options);
  const roots = new Set(rootFiles.map(toPosix));
  let parsedRoots = 0;
  const fileExists = host.fileExists.bind(host);
  const directoryExists = host.directoryExists?.bind(host) ?? (() => true);

  host.jsDocParsingMode = typescript.JSDocParsingMode.ParseForTypeInfo;
  host.getCurrentDirectory = () => cwd;
  host.getDefaultLibLocation = () => libFolder;
  host.getDefaultLibFileName = (opts) => `${libFolder}/${typescript.getDefaultLibFileName(opts)}`;
  host.fileExists = (fileName) => libFiles.has(fileName) || (!files.isHidden(fileName) && fileExists(fileName));
  host.readFile = (fileName) => libFiles.get(fileName) ?? files.readText(fileName);
  host.directoryExists = (dir) => dir === libFolder || directoryExists(dir);
  host.writeFile = () => {
    throw new Error('bindsafe does not write files');
  };
  host.getSourceFile = (fileName, languageVersionOrOptions) => {
    const text = libFiles.get(fileName) ?? files.readSource(fileName);
    if (text === undefined) return undefined;
    let sourceFile: ts.SourceFile;
    try {
      sourceFile = typescript.createSourceFile(fileName, text, languageVersionOrOptions, false);
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
      files.hide(fileName, nestedTooDeeply);
      return undefined;
    }
    // Found now, before the binder overflows on it when the checker is built (see maxNestingDepth).
    if (!libFiles.has(fileName) && nestsDeeperThan(typescript as unknown as TsModule, sourceFile as unknown as Parameters<typeof nestsDeeperThan>[1])) {
      files.hide(fileName, tooDeepToBind);
      return undefined;
    }
    if (roots.has(toPosix(fileName))) onFileParsed?.(++parsedRoots, roots.size);
    return sourceFile;
  };
  return host;
}
