import * as path from 'node:path';
import type { ts } from 'ts-morph';
import { BindsafeError, describeThrown, oneLine } from '../errors.js';
import { readRegularText } from '../files.js';
import { toPosix, toRepoPath } from '../repo-path.js';
import { typescript } from './ts-morph-runtime.js';

/** A parsed `tsconfig.json`: what the program is built from. */
export interface ProjectConfig {
  /** Absolute POSIX path of the tsconfig file. */
  readonly path: string;
  readonly options: ts.CompilerOptions;
  /** The root files its `files`/`include`/`exclude` select (absolute POSIX paths). */
  readonly fileNames: readonly string[];
  /** Absolute paths of the tsconfig files it references (`references`). */
  readonly references: readonly string[];
}

/** TS18003: "No inputs were found in config file" — an empty project, reported by the caller. */
const noInputsCode = 18003;

/**
 * TS5055 / TS5056: an emitted file would overwrite an input, or two inputs would emit the same
 * file. tsc checks these only when it emits; bindsafe never does (like `tsc --noEmit`).
 */
const emitOnlyCodes: ReadonlySet<number> = new Set([5055, 5056]);

/**
 * How tsconfig files are read: `ts.sys`, except that a file `extends` names is read only when it
 * is a regular file (a FIFO would block the read for ever); otherwise it cannot be read (TS5083).
 */
const configHost: ts.ParseConfigHost = {
  useCaseSensitiveFileNames: typescript.sys.useCaseSensitiveFileNames,
  readDirectory: (...args) => typescript.sys.readDirectory(...args),
  fileExists: (file) => typescript.sys.fileExists(file),
  readFile: (file) => {
    try {
      return readRegularText(file);
    } catch {
      return undefined;
    }
  },
};

/**
 * Reads and parses a tsconfig like `tsc -p` does. A file that does not parse, an `extends` that
 * cannot be read or an invalid compiler option is a config error (the program cannot be built as
 * the user meant it): `BindsafeError` naming the file, line and column.
 */
export function readProjectConfig(configPath: string, root: string): ProjectConfig {
  const absolute = toPosix(path.resolve(configPath));
  const shown = toRepoPath(root, absolute);
  let text: string;
  try {
    text = readRegularText(absolute);
  } catch (error) {
    throw new BindsafeError(`cannot read ${shown}: ${describeThrown(error)}`);
  }
  const json = typescript.parseJsonText(absolute, text);
  const parsed = typescript.parseJsonSourceFileConfigFileContent(json, configHost, path.posix.dirname(absolute), undefined, absolute);
  // Syntax errors of the file first (they explain everything after them), then option errors.
  const errors = typescript
    .getConfigFileParsingDiagnostics(parsed)
    .filter((d) => d.code !== noInputsCode && d.category === typescript.DiagnosticCategory.Error);
  if (errors.length > 0) throw configError(`invalid ${shown}`, errors[0], root);

  return {
    path: absolute,
    options: parsed.options,
    fileNames: parsed.fileNames.map(toPosix),
    references: (parsed.projectReferences ?? []).map((ref) => referencedConfigPath(ref.path)),
  };
}

/**
 * Rejects a program whose compiler options tsc rejects: the TS5xxx errors it reports once the
 * options are combined (TS5107 `moduleResolution: node10` without `ignoreDeprecations`, TS5108
 * `target: ES3`, TS5102 a removed option, TS5110 `module` not matching `moduleResolution`, …). A
 * program built from such options is not the one the user's build checks: module resolution,
 * for one, may find nothing. Options tsc accepts (with `ignoreDeprecations`, say) pass.
 */
export function checkProgramOptions(program: ts.Program, config: ProjectConfig, root: string): void {
  const rejected = program
    .getOptionsDiagnostics()
    .find((d) => d.category === typescript.DiagnosticCategory.Error && d.code >= 5000 && d.code < 6000 && !emitOnlyCodes.has(d.code));
  if (rejected) throw configError(`invalid ${toRepoPath(root, config.path)}`, rejected, root);
}

/** A `references[].path` names a tsconfig file or a directory holding `tsconfig.json`. */
function referencedConfigPath(refPath: string): string {
  const p = toPosix(path.resolve(refPath));
  return p.endsWith('.json') ? p : `${p}/tsconfig.json`;
}

function configError(prefix: string, diagnostic: ts.Diagnostic | undefined, root: string): BindsafeError {
  if (!diagnostic) return new BindsafeError(prefix);
  // A chained message (TS5107's "Visit https://aka.ms/ts6 …") is indented: one space between parts.
  const message = oneLine(typescript.flattenDiagnosticMessageText(diagnostic.messageText, ' ')).replace(/\s{2,}/g, ' ');
  if (diagnostic.file && diagnostic.start !== undefined) {
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const where = `${toRepoPath(root, diagnostic.file.fileName)}:${line + 1}:${character + 1}`;
    return new BindsafeError(`${prefix}: ${where}: ${message} (TS${diagnostic.code})`);
  }
  return new BindsafeError(`${prefix}: ${message} (TS${diagnostic.code})`);
}
