import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/project/load.js';
import { typescript } from '../src/project/ts-morph-runtime.js';
import { readProjectConfig } from '../src/project/tsconfig.js';
import { tempProject, tsconfig } from './helpers/temp-project.js';

function programOf(dir: string) {
  const config = readProjectConfig(`${dir}/tsconfig.json`, dir);
  return loadProject(config, config.fileNames, dir, dir).program;
}

const esmOnlyPackage = {
  'node_modules/esm-only/package.json': JSON.stringify({ name: 'esm-only', type: 'module', exports: { '.': { import: './index.js' } } }),
  'node_modules/esm-only/index.d.ts': 'export declare const answer: number;\n',
};

describe('module format', () => {
  it('builds the program tsc builds for an ESM package (NodeNext)', () => {
    const dir = tempProject({
      ...esmOnlyPackage,
      'package.json': '{ "type": "module" }',
      'tsconfig.json': tsconfig(),
      'src/a.ts': `import { answer } from 'esm-only';\nexport const meta: object = import.meta;\nexport const n: number = answer;\n`,
      'src/script-like.ts': 'const local = 1;\nvoid local;\n',
    });
    const program = programOf(dir);
    const a = program.getSourceFile(`${dir}/src/a.ts`);
    if (!a) throw new Error('a.ts is not in the program');
    expect(a.impliedNodeFormat).toBe(typescript.ModuleKind.ESNext);
    expect(program.getSemanticDiagnostics(a).map((d) => d.code)).toEqual([]);
    // In an ESM package a file without imports is still a module (no clash of `local` globals).
    const scriptLike = program.getSourceFile(`${dir}/src/script-like.ts`);
    expect(scriptLike && typescript.isExternalModule(scriptLike)).toBe(true);
  });

  it('keeps CommonJS files CommonJS', () => {
    const dir = tempProject({
      ...esmOnlyPackage,
      'package.json': '{ "type": "commonjs" }',
      'tsconfig.json': tsconfig(),
      'src/a.ts': `import { answer } from 'esm-only';\nexport const n: number = answer;\n`,
    });
    const program = programOf(dir);
    const a = program.getSourceFile(`${dir}/src/a.ts`);
    if (!a) throw new Error('a.ts is not in the program');
    expect(a.impliedNodeFormat).toBe(typescript.ModuleKind.CommonJS);
    // As tsc says: a CommonJS file cannot import an import-only package.
    expect(program.getSemanticDiagnostics(a).map((d) => d.code)).toContain(2307);
  });
});
