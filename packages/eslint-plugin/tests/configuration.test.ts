import { Linter, type ESLint } from 'eslint';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import tsParser from '@typescript-eslint/parser';
import { afterEach, describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

// What the rules say when they cannot analyse: no type information is a configuration error (as
// typescript-eslint's typed rules throw), and an import of the model that does not resolve is one
// report per file that has one. Neither may pass for "no problems".

const allRules = Object.fromEntries(Object.keys(plugin.rules).map((id) => [`bindsafe/${id}`, 'error' as const]));
const bindsafe = { bindsafe: plugin as unknown as ESLint.Plugin };

const created: string[] = [];
afterEach(() => {
  for (const dir of created.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Files on disk outside the workspace (so `@bindsafe/kernel` is not installed), and a program over them. */
function project(files: Record<string, string>): { dir: string; program: ts.Program } {
  const dir = mkdtempSync(join(tmpdir(), 'bindsafe-eslint-')).replace(/\\/g, '/');
  created.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
    types: [],
    lib: ['lib.es2022.d.ts'],
  };
  return { dir, program: ts.createProgram({ rootNames: Object.keys(files).map((f) => join(dir, f)), options }) };
}

const driver = `import { pci } from '@bindsafe/kernel';
let saved: unknown;
export const driver: pci.Driver<{}> = { name: 'x', idTable: [], probe(dev) { saved = dev; return {}; } };
`;

describe('ESLint without type information', () => {
  const typeError = /bindsafe\/no-stored-bound-device needs type information, but .*a\.ts was linted without a TypeScript program: use @typescript-eslint\/parser with `parserOptions\.projectService: true` \(or the `bindsafe\.configs\.recommended` config, which sets both\)\.$/m;

  it('the default parser: a configuration error naming the rule and the fix, not an empty result', () => {
    const linter = new Linter({ configType: 'flat', cwd: '/tmp' });
    const config: Linter.Config[] = [{ files: ['**/*.ts'], plugins: bindsafe, rules: { 'bindsafe/no-stored-bound-device': 'error' } }];
    expect(() => linter.verify('export const x = 1;\n', config, { filename: '/tmp/a.ts' })).toThrow(typeError);
  });

  it('@typescript-eslint/parser without `project` or `projectService`: the same error', () => {
    const linter = new Linter({ configType: 'flat', cwd: '/tmp' });
    const config: Linter.Config[] = [
      { files: ['**/*.ts'], plugins: bindsafe, languageOptions: { parser: tsParser }, rules: { 'bindsafe/no-stored-bound-device': 'error' } },
    ];
    expect(() => linter.verify('export const x = 1;\n', config, { filename: '/tmp/a.ts' })).toThrow(typeError);
  });

  it('with type information, a file that does not reach the model is no error and has no findings', () => {
    const { dir, program } = project({ 'a.ts': 'let saved: unknown;\nexport function keep(x: object) { saved = x; }\n' });
    const linter = new Linter({ configType: 'flat', cwd: dir });
    const config: Linter.Config[] = [{ files: ['**/*.ts'], plugins: bindsafe, languageOptions: { parser: tsParser, parserOptions: { programs: [program] } }, rules: allRules }];
    expect(linter.verify(program.getSourceFile(join(dir, 'a.ts'))?.text ?? '', config, { filename: join(dir, 'a.ts') })).toEqual([]);
  });
});

describe('ESLint on an import of the model that does not resolve', () => {
  it('one report per file that imports it, at the import, naming the package; none for the other files', () => {
    const { dir, program } = project({ 'drv.ts': driver, 'plain.ts': 'export const y = 1;\n' });
    const linter = new Linter({ configType: 'flat', cwd: dir });
    const config: Linter.Config[] = [{ files: ['**/*.ts'], plugins: bindsafe, languageOptions: { parser: tsParser, parserOptions: { programs: [program] } }, rules: allRules }];
    const lint = (file: string) => linter.verify(program.getSourceFile(join(dir, file))?.text ?? '', config, { filename: join(dir, file) });
    const messages = lint('drv.ts');
    expect(messages.map((m) => ({ line: m.line, column: m.column, severity: m.severity, fatal: m.fatal }))).toEqual([
      { line: 1, column: 21, severity: 2, fatal: undefined },
    ]);
    expect(messages[0]?.ruleId).toMatch(/^bindsafe\//);
    expect(messages[0]?.message).toMatch(/^Cannot resolve '@bindsafe\/kernel': .*install.*so bindsafe cannot analyse this file$/);
    expect(lint('plain.ts')).toEqual([]);
  });
});
