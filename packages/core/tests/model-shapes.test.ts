import * as ts from 'typescript';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeOnDisk, diskCompilerOptions, diskProgram, diskProject } from './helpers/disk-program.js';

// The model is found by what the program's files are (the package named `@bindsafe/kernel`), and
// a file reaches it through whatever TypeScript resolved — not through the text of a top-level
// import. Each shape below is the only file of its program that mentions the model, and each
// must give its real finding: the bound device `probe` is called with, stored in a module variable.

const installed = { 'node_modules/@bindsafe/kernel': '0.1.0' };
const leak = (driverType: string) =>
  `let saved: unknown;\nexport const driver: ${driverType} = { name: 'x', idTable: [], probe(dev) { saved = dev; return {}; } };\n`;

function storedDevices(files: Record<string, string>, file: string, extra: Record<string, unknown> = {}, copies: Record<string, string> = installed) {
  const dir = diskProject(files, copies);
  const program = diskProgram(dir, extra);
  const result = analyzeOnDisk(program, dir, file);
  return { reachesModel: result.reachesModel, rules: result.findings.map((f) => f.ruleId), diagnostics: result.diagnostics };
}

const found = { reachesModel: true, rules: ['no-stored-bound-device'], diagnostics: [] };

describe('files that reach the model other than by a top-level import', () => {
  it('an `import()` type only', () => {
    expect(storedDevices({ 'a.ts': leak(`import('@bindsafe/kernel').pci.Driver<{}>`) }, 'a.ts')).toEqual(found);
  });

  it('a tsconfig `paths` alias to the kernel', () => {
    const files = { 'a.ts': `import type { pci } from 'kern';\n${leak('pci.Driver<{}>')}` };
    expect(storedDevices(files, 'a.ts', { paths: { kern: ['./node_modules/@bindsafe/kernel/src/index.ts'] } })).toEqual(found);
  });

  it('`require` in a `.cjs` file under `allowJs`', () => {
    const files = {
      'a.cjs': `const { pci } = require('@bindsafe/kernel');
let saved;
/** @type {import('@bindsafe/kernel').pci.Driver<{}>} */
const driver = { name: 'x', idTable: [], probe(dev) { saved = dev; return {}; } };
module.exports = { driver, pci };
`,
    };
    expect(storedDevices(files, 'a.cjs', { allowJs: true, checkJs: true })).toEqual(found);
  });

  it('a JSDoc `import()` type in a `.js` file', () => {
    const files = {
      'a.js': `let saved;
/** @type {import('@bindsafe/kernel').pci.Driver<{}>} */
export const driver = { name: 'x', idTable: [], probe(dev) { saved = dev; return {}; } };
`,
    };
    expect(storedDevices(files, 'a.js', { allowJs: true, checkJs: true })).toEqual(found);
  });

  it('a project declaration file that re-exports the model', () => {
    const files = {
      'types.d.ts': `export type { pci } from '@bindsafe/kernel';\n`,
      'a.ts': `import type { pci } from './types.js';\n${leak('pci.Driver<{}>')}`,
    };
    expect(storedDevices(files, 'a.ts')).toEqual(found);
  });

  it('two installed versions of the kernel in one program: each copy is the model', () => {
    const files = {
      'app/a.ts': `import type { pci } from '@bindsafe/kernel';\n${leak('pci.Driver<{}>')}`,
      'legacy/b.ts': `import type { pci } from '@bindsafe/kernel';\n${leak('pci.Driver<{}>')}`,
    };
    const copies = { 'node_modules/@bindsafe/kernel': '0.1.0', 'legacy/node_modules/@bindsafe/kernel': '0.2.0' };
    expect(storedDevices(files, 'app/a.ts', {}, copies)).toEqual(found);
    expect(storedDevices(files, 'legacy/b.ts', {}, copies)).toEqual(found);
  });

  it('the sources and the built declarations of one copy, both in the program', () => {
    const kernel = 'node_modules/@bindsafe/kernel';
    const files = {
      'a.ts': `import type { pci } from '@bindsafe/kernel';\n${leak('pci.Driver<{}>')}`,
      'b.ts': `import type { pci } from './${kernel}/src/index.js';\n${leak('pci.Driver<{}>')}`,
    };
    const dir = diskProject(files, installed);
    // The copy's dist/: its declarations, built from its sources (all roots: files reached through
    // node_modules are not emitted).
    const sources = readdirSync(join(dir, kernel, 'src'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const built = ts.createProgram({
      rootNames: sources.map((f) => join(dir, kernel, 'src', f)),
      options: { ...ts.convertCompilerOptionsFromJson(diskCompilerOptions, dir).options, noEmit: false, declaration: true, emitDeclarationOnly: true, outDir: join(dir, kernel, 'dist') },
    });
    expect(built.emit().emitSkipped).toBe(false);
    // Without the source condition, the package name resolves to dist/ and the relative import to src/.
    const program = diskProgram(dir, { customConditions: [] }, ['*.ts']);
    for (const file of ['a.ts', 'b.ts']) {
      expect([file, ...analyzeOnDisk(program, dir, file).findings.map((f) => f.ruleId)]).toEqual([file, 'no-stored-bound-device']);
    }
  });

  it('a file that imports nothing leading to the model still does not reach it', () => {
    const files = { 'a.ts': leak(`{ name: string; idTable: unknown[]; probe(dev: object): {} }`), 'b.ts': `import type { pci } from '@bindsafe/kernel';\nexport type D = pci.Driver<{}>;\n` };
    expect(storedDevices(files, 'a.ts')).toEqual({ reachesModel: false, rules: [], diagnostics: [] });
  });
});
