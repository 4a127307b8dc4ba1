import * as ts from 'typescript';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import { getEngine, type EngineOptions, type FileAnalysis } from '@bindsafe/core';

/** The workspace's kernel package (its sources: programs resolve it with the `@bindsafe/source` condition). */
export const kernelDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../../kernel');

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/**
 * A project on disk, outside the workspace, removed after the test: `files` (path → text), and a
 * copy of the kernel package (package.json and sources) at each of `kernelCopies` (directories,
 * e.g. `node_modules/@bindsafe/kernel`), with `version` set to tell copies apart.
 */
export function diskProject(files: Record<string, string>, kernelCopies: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'bindsafe-core-')).replace(/\\/g, '/');
  created.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  for (const [copy, version] of Object.entries(kernelCopies)) {
    const target = join(dir, copy);
    cpSync(join(kernelDir, 'src'), join(target, 'src'), { recursive: true });
    const manifest = JSON.parse(readFileSync(join(kernelDir, 'package.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(target, 'package.json'), JSON.stringify({ ...manifest, version }));
  }
  return dir;
}

/** The compiler options every disk project starts from; `tsconfig.json` in the project may add more. */
export const diskCompilerOptions = {
  target: 'ES2022',
  lib: ['ES2023', 'ESNext.Disposable'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  customConditions: ['@bindsafe/source'],
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** A program from `dir/tsconfig.json` (written from `diskCompilerOptions` plus `extra` when absent). */
export function diskProgram(dir: string, extra: Record<string, unknown> = {}, include: string[] = ['**/*']): ts.Program {
  const configFile = join(dir, 'tsconfig.json');
  writeFileSync(configFile, JSON.stringify({ compilerOptions: { ...diskCompilerOptions, ...extra }, include, exclude: ['**/node_modules'] }));
  const parsed = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => {
    throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } });
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  if (parsed.errors.length > 0) throw new Error(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n'));
  return ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
}

/** The engine's analysis of `file` (relative to `dir`) in `program`. */
export function analyzeOnDisk(program: ts.Program, dir: string, file: string, options: EngineOptions = {}): FileAnalysis {
  const sf = program.getSourceFile(join(dir, file));
  if (!sf) throw new Error(`${file} is not in the program`);
  return getEngine(ts, program, options).analyzeFile(sf);
}
