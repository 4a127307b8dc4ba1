import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { markerEngine } from './helpers/marker-engine.js';
import { tempProject, tempTsProject, tsconfig } from './helpers/temp-project.js';

const model = `import type {} from '@bindsafe/kernel';\n`;

describe('programmatic API', () => {
  it('analyze() returns sorted findings, diagnostics and stats', async () => {
    const cwd = tempTsProject({
      'b.ts': `${model}export const b = /*@no-stored-bound-device*/ globalThis;\nexport const c = /*@no-leaked-unbind-guard*/ globalThis;\n`,
      'a.ts': `${model}export const a = /*@require-safety-comment*/ 1; export const a2 = /*@no-stored-bound-device*/ 2;\n`,
      'plain.ts': 'export const p = 1;\n',
    });
    const progress: [number, number, string][] = [];
    const result = await api.analyze({ cwd, engine: markerEngine().factory, onProgress: (done, total, phase) => progress.push([done, total, phase]) });
    expect(result.findings.map((f) => [f.location.file, f.location.line, f.location.column, f.ruleId])).toEqual([
      ['src/a.ts', 2, 46, 'require-safety-comment'],
      ['src/a.ts', 2, 95, 'no-stored-bound-device'],
      ['src/b.ts', 2, 46, 'no-stored-bound-device'],
      ['src/b.ts', 3, 46, 'no-leaked-unbind-guard'],
    ]);
    expect(result.root).toBe(cwd);
    expect(result.stats).toEqual({
      projects: ['tsconfig.json'],
      filesSelected: 3,
      filesAnalyzed: 3,
      filesReachingModel: 2,
      filesSkipped: 0,
      errorCount: 4,
      warningCount: 0,
      suppressedCount: 0,
      baselinedCount: 0,
      hiddenWarningCount: 0,
    });
    expect(progress).toEqual([
      [1, 3, 'loading'],
      [2, 3, 'loading'],
      [3, 3, 'loading'],
      [1, 3, 'analysing'],
      [2, 3, 'analysing'],
      [3, 3, 'analysing'],
    ]);
  });

  it('takes rules, a baseline set and quiet', async () => {
    const cwd = tempTsProject({ 'a.ts': `${model}export const a = /*@no-stored-bound-device*/ globalThis;\nexport const b = /*@require-safety-comment*/ 1;\n` });
    const engine = markerEngine().factory;
    const all = await api.analyze({ cwd, engine, rules: { 'require-safety-comment': 'warn' } });
    expect(all.findings.map((f) => f.severity)).toEqual(['error', 'warning']);
    const quiet = await api.analyze({ cwd, engine, rules: { 'require-safety-comment': 'warn' }, quiet: true });
    expect(quiet.findings.map((f) => f.ruleId)).toEqual(['no-stored-bound-device']);
    const known = await api.analyze({ cwd, engine, baseline: new Set([all.findings[0]?.fingerprint ?? '']) });
    expect(known.findings.map((f) => f.ruleId)).toEqual(['require-safety-comment']);
    expect(known.stats.baselinedCount).toBe(1);
  });

  it('reports paths relative to the git root', async () => {
    const dir = tempProject({ '.git/HEAD': 'ref: refs/heads/main\n', 'pkg/tsconfig.json': tsconfig(), 'pkg/src/a.ts': `${model}export const a = /*@no-stored-bound-device*/ 1;\n` });
    const result = await api.analyze({ cwd: `${dir}/pkg/src`, engine: markerEngine().factory });
    expect(result.root).toBe(dir);
    expect(result.findings.map((f) => f.location.file)).toEqual(['pkg/src/a.ts']);
  });

  it('findingRecords() gives plain { ruleId, file, line, column } records for one tsconfig', async () => {
    const cwd = tempTsProject({
      'a.ts': `${model}export const t = /*@type-contract*/ 1;\nexport const a = /*@no-stored-bound-device*/ globalThis;\n`,
    });
    const records = await api.findingRecords(`${cwd}/tsconfig.json`, { cwd, engine: markerEngine().factory, rules: { 'type-contract': 'error' } });
    expect(records).toEqual([
      { ruleId: 'type-contract', file: 'src/a.ts', line: 2, column: 37 },
      { ruleId: 'no-stored-bound-device', file: 'src/a.ts', line: 3, column: 46 },
    ]);
    // `type-contract` is the analyzer's own rule: an agreement test with ESLint leaves it out.
    const eslintOnly = await api.findingRecords(`${cwd}/tsconfig.json`, { cwd, engine: markerEngine().factory, eslintRulesOnly: true, rules: { 'type-contract': 'error' } });
    expect(eslintOnly).toEqual([{ ruleId: 'no-stored-bound-device', file: 'src/a.ts', line: 3, column: 46 }]);
  });

  it('exports the reporters and the CLI entry', () => {
    expect(api.reportFormats).toEqual(['stylish', 'json', 'sarif', 'github']);
    expect(typeof api.formatReport).toBe('function');
    expect(typeof api.main).toBe('function');
  });
});

describe('programmatic API errors', () => {
  it('rejects an unknown rule or severity before any work', async () => {
    const cwd = tempTsProject({ 'a.ts': 'export const a = 1;\n' });
    await expect(api.analyze({ cwd, rules: { 'no-such-rule': 'error' } as never })).rejects.toThrow('unknown rule "no-such-rule" (see `bindsafe rules`)');
    await expect(api.analyze({ cwd, rules: { 'no-stored-bound-device': 'loud' } as never })).rejects.toThrow(
      'rule "no-stored-bound-device": severity must be one of off, warn, error (got "loud")',
    );
  });
});
