import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '@bindsafe/core';
import { markerEngine } from './helpers/marker-engine.js';
import { runCli } from './helpers/run-cli.js';
import { tempTsProject } from './helpers/temp-project.js';

const model = `import type {} from '@bindsafe/kernel';\n`;

describe('bindsafe (top level)', () => {
  it('prints help on --help and exits 0', async () => {
    const run = await runCli(['--help'], { cwd: '/' });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: bindsafe <command>');
    expect(run.stdout).toContain('analyze');
  });

  it('prints analyze help on analyze --help', async () => {
    const run = await runCli(['analyze', '--help'], { cwd: '/' });
    expect(run.code).toBe(0);
    for (const flag of ['--project', '--format', '--output', '--rule', '--max-warnings', '--baseline', '--update-baseline', '--no-progress', '--quiet']) {
      expect(run.stdout).toContain(flag);
    }
  });

  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    const run = await runCli(['--version'], { cwd: '/' });
    expect(run).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each([
    [[], 'bindsafe: missing command: analyze or rules (see bindsafe --help)'],
    [['lint'], 'bindsafe: unknown command "lint": expected analyze or rules (see bindsafe --help)'],
    [['analyze', '--formt', 'json'], 'bindsafe: unknown option "--formt"; did you mean --format?'],
    [['analyze', '--format', 'xml'], 'bindsafe: --format must be one of stylish, json, sarif, github (got "xml")'],
    [['analyze', '--format'], 'bindsafe: --format needs a value'],
    [['analyze', '--max-warnings', 'many'], 'bindsafe: --max-warnings must be a whole number ≥ 0, or -1 for no limit (got "many")'],
    [['analyze', '--rule', 'no-such-rule=error'], 'bindsafe: --rule: unknown rule "no-such-rule" (see `bindsafe rules`)'],
    [['analyze', '--rule', 'no-stored-bound-device=fatal'], 'bindsafe: --rule no-stored-bound-device: severity must be one of off, warn, error (got "fatal")'],
    [['analyze', '--quiet=yes'], 'bindsafe: --quiet takes no value (got "--quiet=yes")'],
    [['analyze', '--format', 'json', '--format', 'sarif'], 'bindsafe: --format given more than once'],
    [['rules', '--format', 'yaml'], 'bindsafe: --format must be text or json (got "yaml")'],
  ])('rejects %j with exit 2 and one line', async (argv, line) => {
    const run = await runCli(argv, { cwd: '/' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${line}\n`);
  });
});

describe('bindsafe rules', () => {
  it('lists every rule with precision, default severity and docs', async () => {
    const run = await runCli(['rules'], { cwd: '/' });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^rule\s+precision\s+default\s+recommended\s+reported by\s+docs$/);
    expect(lines).toHaveLength(ruleIds.length + 1);
    // type-contract costs a full type check of the files that reach the model: on when asked for.
    expect(run.stdout).toMatch(/type-contract\s+very-high\s+off\s+no\s+analyze only\s+https:\/\/\S+type-contract\.md/);
    expect(run.stdout).toMatch(/\nsuppression\s+very-high\s+warn\s+yes\s/);
  });

  it('prints JSON with --format json', async () => {
    const run = await runCli(['rules', '--format', 'json'], { cwd: '/' });
    const rules = JSON.parse(run.stdout) as { id: string; precision: string; defaultSeverity: string; docs: string; frontEnds: string[] }[];
    expect(rules.map((r) => r.id)).toEqual([...ruleIds]);
    expect(rules.find((r) => r.id === 'no-stored-bound-device')).toMatchObject({
      precision: 'high',
      defaultSeverity: 'error',
      frontEnds: ['eslint', 'analyze'],
    });
  });
});

describe('bindsafe analyze exit codes', () => {
  const project = () =>
    tempTsProject({
      'a.ts': `${model}export const x = /*@no-stored-bound-device*/ globalThis;\n`,
      'b.ts': `${model}export const y = /*@require-safety-comment*/ 1;\n`,
      'c.ts': 'export const z = 1;\n',
    });

  it('exits 1 when there is an error-level finding', async () => {
    const run = await runCli(['analyze', '--format', 'json'], { cwd: project(), engine: markerEngine().factory });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[] };
    expect(report.findings.map((f) => f.ruleId)).toEqual(['no-stored-bound-device', 'require-safety-comment']);
  });

  it('exits 0 when findings are only warnings within --max-warnings', async () => {
    const argv = ['analyze', '--rule', 'no-stored-bound-device=warn', '--rule', 'require-safety-comment=warn'];
    const cwd = project();
    const engine = markerEngine().factory;
    expect((await runCli(argv, { cwd, engine })).code).toBe(0);
    expect((await runCli([...argv, '--max-warnings', '2'], { cwd, engine })).code).toBe(0);
    const over = await runCli([...argv, '--max-warnings', '1'], { cwd, engine });
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('bindsafe: too many warnings (2; --max-warnings 1)');
  });

  it('--quiet reports errors only and does not count warnings', async () => {
    const run = await runCli(['analyze', '--quiet', '--max-warnings', '0', '--rule', 'require-safety-comment=warn', '--format', 'json'], {
      cwd: project(),
      engine: markerEngine().factory,
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { ruleId: string }[]; stats: { hiddenWarningCount: number } };
    expect(report.findings.map((f) => f.ruleId)).toEqual(['no-stored-bound-device']);
    expect(report.stats.hiddenWarningCount).toBe(1);
    const onlyWarnings = await runCli(['analyze', '--quiet', '--max-warnings', '0', '--rule', 'no-stored-bound-device=off', '--rule', 'require-safety-comment=warn'], {
      cwd: project(),
      engine: markerEngine().factory,
    });
    expect(onlyWarnings.code).toBe(0);
  });

  it('exits 0 with a summary when nothing is found', async () => {
    const run = await runCli(['analyze', '--rule', 'no-stored-bound-device=off', '--rule', 'require-safety-comment=off'], {
      cwd: project(),
      engine: markerEngine().factory,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('✔ no problems · 3 files analysed (2 reach the model)\n');
  });

  it('writes the report to --output and nothing to stdout', async () => {
    const cwd = project();
    const run = await runCli(['analyze', '--format', 'sarif', '--output', 'out/report.sarif'], { cwd, engine: markerEngine().factory });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(`${cwd}/out/report.sarif`, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results).toHaveLength(2);
  });

  it('an internal error is one line (exit 2), the stack only with BINDSAFE_DEBUG', async () => {
    const engine = () => {
      throw new TypeError('engine exploded');
    };
    const run = await runCli(['analyze'], { cwd: project(), engine });
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n');
    expect(lines[0]).toBe('bindsafe: internal error: engine exploded');
    expect(run.stderr).not.toMatch(/\bat \S+ \(/);
    const debug = await runCli(['analyze'], { cwd: project(), engine, env: { BINDSAFE_DEBUG: '1' } });
    expect(debug.stderr.split('\n')[0]).toBe('bindsafe: internal error: engine exploded');
    expect(debug.stderr).toMatch(/TypeError: engine exploded\n\s+at /);
  });
});
