import * as path from 'node:path';
import type { ts } from 'ts-morph';
import { BindsafeError, oneLine } from '../errors.js';
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
 * Reads and parses a tsconfig like `tsc -p` does. A file that does not parse, an `extends` that
 * cannot be read or an invalid compiler option is a config error (the program cannot be built as
 * the user meant it): `BindsafeError` naming the file, line and column.
 */
export function readProjectConfig(configPath: string, root: string): ProjectConfig {
  const absolute = toPosix(path.resolve(configPath));
  const shown = toRepoPath(root, absolute);
  const text = typescript.sys.readFile(absolute);
  if (text === undefined) throw new BindsafeError(`cannot read ${shown}`);
  const json = typescript.parseJsonText(absolute, text);
  const parsed = typescript.parseJsonSourceFileConfigFileContent(json, typescript.sys, path.posix.dirname(absolute), undefined, absolute);
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

/** A `references[].path` names a tsconfig file or a directory holding `tsconfig.json`. */
function referencedConfigPath(refPath: string): string {
  const p = toPosix(path.resolve(refPath));
  return p.endsWith('.json') ? p : `${p}/tsconfig.json`;
}

function configError(prefix: string, diagnostic: ts.Diagnostic | undefined, root: string): BindsafeError {
  if (!diagnostic) return new BindsafeError(prefix);
  const message = oneLine(typescript.flattenDiagnosticMessageText(diagnostic.messageText, ' '));
  if (diagnostic.file && diagnostic.start !== undefined) {
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    const where = `${toRepoPath(root, diagnostic.file.fileName)}:${line + 1}:${character + 1}`;
    return new BindsafeError(`${prefix}: ${where}: ${message} (TS${diagnostic.code})`);
  }
  return new BindsafeError(`${prefix}: ${message} (TS${diagnostic.code})`);
}
