import ts from 'typescript';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from './rule-tester.js';

let parsed: ts.ParsedCommandLine | undefined;

function fixtureConfig(): ts.ParsedCommandLine {
  parsed ??= ts.getParsedCommandLineOfConfigFile(join(fixtureDir, 'tsconfig.json'), {}, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('cannot read the fixture tsconfig');
  return parsed;
}

/**
 * The TypeScript errors of each of `codes`, each placed as its own module in the fixture project
 * (one program for all of them), so rule tests can prove their cases are code tsc accepts: the
 * rules judge what the type system cannot.
 */
export function typeErrorsOfAll(codes: readonly string[]): string[][] {
  const config = fixtureConfig();
  const files = new Map(codes.map((code, i) => [join(fixtureDir, `__case_${i}.ts`), `${code}\nexport {};\n`]));
  const host = ts.createCompilerHost(config.options, true);
  const getSourceFile = host.getSourceFile.bind(host);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => files.has(f) || fileExists(f);
  host.readFile = (f) => files.get(f) ?? readFile(f);
  host.getSourceFile = (f, v, onError, create) => {
    const text = files.get(f);
    return text !== undefined ? ts.createSourceFile(f, text, v, true) : getSourceFile(f, v, onError, create);
  };
  const rootNames = [...config.fileNames.filter((f) => !f.endsWith('/file.ts')), ...files.keys()];
  const program = ts.createProgram({ rootNames, options: config.options, host });
  return [...files.keys()].map((name) => {
    const sf = program.getSourceFile(name);
    if (!sf) return [`${name} is not in the program`];
    return ts.getPreEmitDiagnostics(program, sf).map((d) => {
      const line = d.start !== undefined ? sf.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
      return `line ${line}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
    });
  });
}

/** The TypeScript errors of one piece of code placed in the fixture project. */
export function typeErrorsOf(code: string): string[] {
  return typeErrorsOfAll([code])[0] ?? [];
}

/**
 * A suite proving every case of a rule's tests is code tsc accepts (one program for all of them),
 * each test named after the case.
 */
export function describeCasesTypeCheck(cases: readonly (string | { readonly code: string; readonly name?: string })[]): void {
  describe('cases type-check', () => {
    const all = cases.map((c) => (typeof c === 'string' ? { code: c } : c));
    const errors = typeErrorsOfAll(all.map((c) => c.code));
    it.each(all.map((c, i) => [('name' in c && c.name) || c.code.split('\n')[1] || `case ${i}`, i] as const))('%s', (_name, i) => {
      expect(errors[i]).toEqual([]);
    });
  });
}
