import * as ts from 'typescript';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getEngine, type EngineOptions, type Finding } from '@bindsafe/core';

/** A directory inside the workspace, so `@bindsafe/kernel` resolves to its sources. */
export const virtualRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../virtual');

export const compilerOptions: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.esnext.disposable.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  customConditions: ['@bindsafe/source'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
};

let previous: ts.Program | undefined;

/** A program over in-memory files placed under `virtualRoot` (plus whatever they import from disk). */
export function createProgram(files: Record<string, string>): ts.Program {
  const paths = new Map(Object.entries(files).map(([name, text]) => [join(virtualRoot, name), text]));
  const host = ts.createCompilerHost(compilerOptions, true);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  const directoryExists = host.directoryExists?.bind(host);
  host.fileExists = (f) => paths.has(f) || fileExists(f);
  // The virtual directory exists only in memory: module resolution must still look inside it.
  host.directoryExists = (d) => d === virtualRoot || d.startsWith(`${virtualRoot}/`) || (directoryExists?.(d) ?? false);
  host.readFile = (f) => paths.get(f) ?? readFile(f);
  host.getSourceFile = (f, v, onError, create) => {
    const text = paths.get(f);
    if (text !== undefined) return ts.createSourceFile(f, text, v, true);
    return getSourceFile(f, v, onError, create);
  };
  const program = ts.createProgram({ rootNames: [...paths.keys()], options: compilerOptions, host, ...(previous ? { oldProgram: previous } : {}) });
  previous = program;
  return program;
}

export interface SimpleFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
  readonly finding: Finding;
}

/** Runs the engine on `file` of a program built from `files`. */
export function analyze(files: Record<string, string>, file = Object.keys(files)[0] ?? 'main.ts', options: EngineOptions = {}): SimpleFinding[] {
  const program = createProgram(files);
  const sf = program.getSourceFile(join(virtualRoot, file));
  if (!sf) throw new Error(`no source file ${file}`);
  const result = getEngine(ts, program, options).analyzeFile(sf);
  if (result.diagnostics.length > 0) throw new Error(result.diagnostics.map((d) => d.message).join('\n'));
  return result.findings.map((f) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(f.span.start);
    return { ruleId: f.ruleId, messageId: f.messageId, line: line + 1, column: character + 1, message: f.message, finding: f };
  });
}

/** Type errors in the program's virtual files (tests write code that type-checks). */
export function typeErrors(program: ts.Program): string[] {
  return program
    .getSourceFiles()
    .filter((sf) => sf.fileName.startsWith(virtualRoot))
    .flatMap((sf) => ts.getPreEmitDiagnostics(program, sf))
    .map((d) => `${d.file?.fileName.slice(virtualRoot.length + 1)}:${d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : '?'} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}
