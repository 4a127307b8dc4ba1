import { describe, expect, it } from 'vitest';
import { analyzeOnDisk, diskProgram, diskProject } from './helpers/disk-program.js';

// `unbindGuard()` is declared `UnbindGuard | undefined`: a `!` or a cast on its result is
// unchecked under every strictness, and one after a check is not — TypeScript's own narrowing,
// also where the user's `strictNullChecks` is off.

const source = `import type { drm } from '@bindsafe/kernel';
type D = drm.Driver<{ readonly label: string }, { readonly vramSize: number }, {}, 'pci'>;

export function asserted(dev: drm.Device<D>): number {
  using guard = dev.unbindGuard()!;
  return guard.parent.resourceLen(1);
}

export function cast(dev: drm.Device<D>): number {
  using guard = dev.unbindGuard() as drm.UnbindGuard<D>;
  return guard.parent.resourceLen(1);
}

export function checked(dev: drm.Device<D>): number {
  using guard = dev.unbindGuard();
  if (!guard) return 0;
  return guard!.parent.resourceLen(1);
}
`;

function uncheckedLines(options: Record<string, unknown>): number[] {
  const dir = diskProject({ 'a.ts': source }, { 'node_modules/@bindsafe/kernel': '0.1.0' });
  const program = diskProgram(dir, options);
  const result = analyzeOnDisk(program, dir, 'a.ts');
  expect(result.diagnostics).toEqual([]);
  const sf = program.getSourceFiles().find((f) => f.fileName.endsWith('/a.ts'));
  return result.findings
    .filter((f) => f.ruleId === 'no-unchecked-unbind-guard')
    .map((f) => (sf?.getLineAndCharacterOfPosition(f.span.start).line ?? -1) + 1);
}

describe('no-unchecked-unbind-guard whatever the strictness', () => {
  it('under strict', () => {
    expect(uncheckedLines({ strict: true })).toEqual([5, 10]);
  });

  it('under `strict: false`', () => {
    expect(uncheckedLines({ strict: false })).toEqual([5, 10]);
  });

  it('under `strictNullChecks: false` alone', () => {
    expect(uncheckedLines({ strict: true, strictNullChecks: false })).toEqual([5, 10]);
  });
});
