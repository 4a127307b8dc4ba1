import { describe, expect, it } from 'vitest';
import { loadProject } from '../src/project/load.js';
import { readProjectConfig } from '../src/project/tsconfig.js';
import { tempProject, tsconfig } from './helpers/temp-project.js';

function load(dir: string) {
  const config = readProjectConfig(`${dir}/tsconfig.json`, dir);
  return loadProject(config, config.fileNames, dir, dir);
}

describe('loading a project', () => {
  it('builds against the standard library the tsconfig asks for, with no global errors', () => {
    const dir = tempProject({
      'tsconfig.json': tsconfig({ compilerOptions: { target: 'ES2023', lib: ['ES2023'], module: 'NodeNext', strict: true, types: [] } }),
      'src/a.ts': 'export const last: number | undefined = [1, 2, 3].findLast((n) => n > 1);\n',
    });
    const { program } = load(dir);
    expect(program.getOptionsDiagnostics()).toEqual([]);
    expect(program.getGlobalDiagnostics()).toEqual([]);
    const a = program.getSourceFile(`${dir}/src/a.ts`);
    if (!a) throw new Error('a.ts is not in the program');
    expect(program.getSemanticDiagnostics(a)).toEqual([]);
    const libs = program.getSourceFiles().filter((f) => program.isSourceFileDefaultLibrary(f));
    expect(libs.map((f) => f.fileName.split('/').pop())).toContain('lib.es2023.array.d.ts');
  });

  it('reports tsc\'s errors, so a missing API is an error rather than a silently empty lib', () => {
    const dir = tempProject({
      'tsconfig.json': tsconfig(),
      'src/a.ts': 'export const last = [1, 2, 3].findLast((n) => n > 1);\n',
    });
    const { program } = load(dir);
    const a = program.getSourceFile(`${dir}/src/a.ts`);
    if (!a) throw new Error('a.ts is not in the program');
    // ES2022 has no findLast: TS2550 ("Do you need to change your target library?").
    expect(program.getSemanticDiagnostics(a).map((d) => d.code)).toContain(2550);
  });

  it('keeps an imported binary file out of the program and says why', () => {
    const dir = tempProject({
      'tsconfig.json': tsconfig({ include: ['src/a.ts'] }),
      'src/a.ts': "import { b } from './b.js';\nexport const c = b;\n",
      'src/b.ts': new Uint8Array([0x65, 0x78, 0x00, 0x70]),
    });
    const { program, skipped } = load(dir);
    expect(program.getSourceFile(`${dir}/src/b.ts`)).toBeUndefined();
    expect(skipped.get(`${dir}/src/b.ts`)).toMatch(/^binary content \(NUL byte at offset 2\)$/);
    expect(program.getSourceFile(`${dir}/src/a.ts`)).toBeDefined();
  });
});
