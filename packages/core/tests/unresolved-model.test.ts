import { describe, expect, it } from 'vitest';
import { analyzeOnDisk, diskProgram, diskProject } from './helpers/disk-program.js';

// An import of the model that TypeScript cannot resolve (the package not installed, a subpath
// that does not exist) must be said, per file that has one; never a silent "0 reach the model".

const leak = `let saved: unknown;\nexport const driver: pci.Driver<{}> = { name: 'x', idTable: [], probe(dev) { saved = dev; return {}; } };\n`;

function unresolved(files: Record<string, string>, file: string, copies: Record<string, string> = {}) {
  const dir = diskProject(files, copies);
  const result = analyzeOnDisk(diskProgram(dir, { allowJs: true }), dir, file);
  const u = result.unresolvedModelImport;
  return u && { specifier: u.specifier, packageName: u.packageName, at: files[file]?.slice(u.span.start, u.span.end), message: u.message };
}

describe('an import of the model that does not resolve', () => {
  it('the package not installed: named, at the import, for the file that imports it', () => {
    const files = { 'drv.ts': `import { pci } from '@bindsafe/kernel';\n${leak}`, 'plain.ts': 'export const y = 1;\n' };
    expect(unresolved(files, 'drv.ts')).toEqual({
      specifier: '@bindsafe/kernel',
      packageName: '@bindsafe/kernel',
      at: "'@bindsafe/kernel'",
      message: expect.stringMatching(/^cannot resolve '@bindsafe\/kernel': .*install/),
    });
    expect(unresolved(files, 'plain.ts')).toBeUndefined();
  });

  it('also through an `import()` type, a `require` and a re-export', () => {
    expect(unresolved({ 'a.ts': `export type D = import('@bindsafe/kernel').pci.Device;\n` }, 'a.ts')?.specifier).toBe('@bindsafe/kernel');
    expect(unresolved({ 'a.cjs': `const k = require('@bindsafe/kernel');\nmodule.exports = k;\n` }, 'a.cjs')?.specifier).toBe('@bindsafe/kernel');
    expect(unresolved({ 'a.ts': `export * from '@bindsafe/kernel';\n` }, 'a.ts')?.specifier).toBe('@bindsafe/kernel');
  });

  it('a misspelt subpath of an installed kernel, while the other files are analysed', () => {
    const files = {
      'good.ts': `import { pci } from '@bindsafe/kernel';\n${leak}`,
      'typo.ts': `import { pci } from '@bindsafe/kernel/pcii';\n${leak}`,
    };
    const copies = { 'node_modules/@bindsafe/kernel': '0.1.0' };
    expect(unresolved(files, 'typo.ts', copies)).toMatchObject({ specifier: '@bindsafe/kernel/pcii', at: "'@bindsafe/kernel/pcii'" });
    expect(unresolved(files, 'good.ts', copies)).toBeUndefined();
  });

  it('not for other packages, nor for names that only start like it, nor for a mere mention', () => {
    expect(unresolved({ 'a.ts': `import { x } from '@bindsafe/kernelx';\nexport const y = x;\n` }, 'a.ts')).toBeUndefined();
    expect(unresolved({ 'a.ts': `import { x } from 'missing-package';\nexport const y = x;\n` }, 'a.ts')).toBeUndefined();
    expect(unresolved({ 'a.ts': `// see @bindsafe/kernel\nexport const y = '@bindsafe/kernel';\n` }, 'a.ts')).toBeUndefined();
  });
});
