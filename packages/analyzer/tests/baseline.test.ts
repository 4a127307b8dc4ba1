import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { fingerprints } from '../src/fingerprint.js';
import { markerEngine } from './helpers/marker-engine.js';
import { runCli } from './helpers/run-cli.js';
import { tempTsProject } from './helpers/temp-project.js';

const model = `import type {} from '@bindsafe/kernel';\n`;
const flagged = 'export const leak = /*@no-stored-bound-device*/ globalThis;\n';

async function printsOf(cwd: string): Promise<string[]> {
  const result = await analyze({ cwd, engine: markerEngine().factory, config: false });
  return result.findings.map((f) => f.fingerprint);
}

describe('fingerprints', () => {
  it('survive lines inserted or removed above the finding', async () => {
    const cwd = tempTsProject({ 'a.ts': model + flagged });
    const [before] = await printsOf(cwd);
    expect(before).toMatch(/^[0-9a-f]{16}:1$/);
    writeFileSync(`${cwd}/src/a.ts`, `${model}// a new comment\nexport function unrelated(): number {\n  return 42;\n}\n\n${flagged}`);
    expect(await printsOf(cwd)).toEqual([before]);
  });

  it('change when the flagged line changes', async () => {
    const cwd = tempTsProject({ 'a.ts': model + flagged });
    const [before] = await printsOf(cwd);
    writeFileSync(`${cwd}/src/a.ts`, model + flagged.replace('leak', 'stash'));
    const [after] = await printsOf(cwd);
    expect(after).not.toBe(before);
  });

  it('ignore indentation changes', async () => {
    const cwd = tempTsProject({ 'a.ts': model + flagged });
    const [before] = await printsOf(cwd);
    writeFileSync(`${cwd}/src/a.ts`, `${model}    ${flagged.replace(' = ', '   =   ')}`);
    expect(await printsOf(cwd)).toEqual([before]);
  });

  it('tell equal lines apart by occurrence, in source order', () => {
    const input = (start: number) => ({ ruleId: 'r', file: 'a.ts', lineText: 'same();', spanText: 'same()', start });
    const [late, early, other] = fingerprints([input(50), input(10), { ...input(30), ruleId: 'q' }]);
    expect(early?.endsWith(':1')).toBe(true);
    expect(late?.endsWith(':2')).toBe(true);
    expect(late?.split(':')[0]).toBe(early?.split(':')[0]);
    expect(other?.endsWith(':1')).toBe(true);
    expect(other?.split(':')[0]).not.toBe(early?.split(':')[0]);
  });

  it('depend on the file', () => {
    const input = { ruleId: 'r', lineText: 'x', spanText: 'x', start: 0 };
    const [a, b] = fingerprints([
      { ...input, file: 'a.ts' },
      { ...input, file: 'b.ts' },
    ]);
    expect(a).not.toBe(b);
  });
});

describe('baseline', () => {
  it('--update-baseline writes the findings; --baseline then reports only new ones', async () => {
    const cwd = tempTsProject({ 'a.ts': model + flagged });
    const engine = markerEngine().factory;

    const update = await runCli(['analyze', '--update-baseline'], { cwd, engine });
    expect(update.code).toBe(0);
    expect(update.stderr).toBe('bindsafe: wrote 1 finding to bindsafe-baseline.json\n');
    const baseline = JSON.parse(readFileSync(`${cwd}/bindsafe-baseline.json`, 'utf8')) as {
      version: number;
      findings: { fingerprint: string; ruleId: string; file: string; message: string }[];
    };
    expect(baseline.version).toBe(1);
    expect(baseline.findings).toEqual([
      { fingerprint: expect.stringMatching(/^[0-9a-f]{16}:1$/), ruleId: 'no-stored-bound-device', file: 'src/a.ts', message: 'globalThis breaks no-stored-bound-device.' },
    ]);

    const known = await runCli(['analyze', '--baseline', 'bindsafe-baseline.json', '--format', 'json'], { cwd, engine });
    expect(known.code).toBe(0);
    expect(JSON.parse(known.stdout)).toMatchObject({ findings: [], stats: { baselinedCount: 1, errorCount: 0 } });

    // Unrelated edits above keep the old finding known; a new finding is reported.
    writeFileSync(`${cwd}/src/a.ts`, `${model}// moved down\n\n${flagged}export const more = /*@no-stored-bound-device*/ globalThis.process;\n`);
    const fresh = await runCli(['analyze', '--baseline', 'bindsafe-baseline.json', '--format', 'json'], { cwd, engine });
    expect(fresh.code).toBe(1);
    const report = JSON.parse(fresh.stdout) as { findings: { line: number }[]; stats: { baselinedCount: number } };
    expect(report.findings.map((f) => f.line)).toEqual([5]);
    expect(report.stats.baselinedCount).toBe(1);
  });

  it('--update-baseline honours --baseline FILE', async () => {
    const cwd = tempTsProject({ 'a.ts': model + flagged });
    const run = await runCli(['analyze', '--update-baseline', '--baseline', 'ci/known.json'], { cwd, engine: markerEngine().factory });
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(`${cwd}/ci/known.json`, 'utf8'))).toMatchObject({ version: 1 });
  });

  it('a missing or malformed baseline is a one-line error (exit 2)', async () => {
    const cwd = tempTsProject({ 'a.ts': model + flagged }, { 'bad.json': '{ "findings": 3 }' });
    const missing = await runCli(['analyze', '--baseline', 'nope.json'], { cwd, engine: markerEngine().factory });
    expect(missing).toMatchObject({ code: 2, stderr: 'bindsafe: baseline nope.json does not exist (create it with --update-baseline)\n' });
    const bad = await runCli(['analyze', '--baseline', 'bad.json'], { cwd, engine: markerEngine().factory });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('bindsafe: baseline bad.json is not a bindsafe baseline (expected { "version": 1, "findings": [...] })\n');
  });
});
