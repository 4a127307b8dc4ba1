import * as ts from 'typescript';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getEngine } from '@bindsafe/core';
import { createProgram, virtualRoot } from './helpers/program.js';

const leak = `
let saved: unknown;
export const driver: pci.Driver<{}> = { name: 'x', idTable: [], probe(dev) { saved = dev; return {}; } };
`;

function analyzeAll(files: Record<string, string>) {
  const program = createProgram(files);
  const engine = getEngine(ts, program);
  return Object.fromEntries(
    Object.keys(files).map((name) => {
      const sf = program.getSourceFile(join(virtualRoot, name));
      if (!sf) throw new Error(name);
      return [name, engine.analyzeFile(sf)] as const;
    }),
  );
}

describe('which files the engine analyses', () => {
  it('analyses a file that imports the model and reports in it', () => {
    const r = analyzeAll({ 'direct.ts': `import { pci } from '@bindsafe/kernel';${leak}` });
    expect(r['direct.ts']?.reachesModel).toBe(true);
    expect(r['direct.ts']?.findings.map((f) => f.ruleId)).toEqual(['no-stored-bound-device']);
  });

  it('treats a file that imports the model only through another module as reaching it', () => {
    const r = analyzeAll({
      'types.ts': `export { pci } from '@bindsafe/kernel';`,
      'indirect.ts': `import { pci } from './types.js';${leak}`,
    });
    expect(r['indirect.ts']?.reachesModel).toBe(true);
    expect(r['indirect.ts']?.findings).toHaveLength(1);
  });

  it('does nothing at all in a file that does not reach the model, whatever it does', () => {
    const r = analyzeAll({
      'model.ts': `import { pci } from '@bindsafe/kernel'; export const x: pci.Driver<{}> | undefined = undefined;`,
      'plain.ts': `
        let saved: unknown;
        export const driver = { probe(dev: { enableDeviceMem(): void }) { saved = dev; setTimeout(() => dev.enableDeviceMem()); return {}; } };
        // SAFETY: a comment about nothing
        export const y = 1;`,
    });
    expect(r['plain.ts']).toEqual({ findings: [], diagnostics: [], reachesModel: false });
  });

  it('does nothing in a program that never imports the model', () => {
    const r = analyzeAll({ 'alone.ts': `export function f(x: { y: number }) { return x.y; }` });
    expect(r['alone.ts']?.reachesModel).toBe(false);
  });

  it('memoises the engine per program and the analysis per file', () => {
    const program = createProgram({ 'm.ts': `import { pci } from '@bindsafe/kernel';${leak}` });
    const sf = program.getSourceFile(join(virtualRoot, 'm.ts'));
    if (!sf) throw new Error('m.ts');
    const engine = getEngine(ts, program);
    expect(getEngine(ts, program)).toBe(engine);
    expect(engine.analyzeFile(sf)).toBe(engine.analyzeFile(sf));
  });
});
