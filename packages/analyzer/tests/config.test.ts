import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ruleIds } from '@bindsafe/core';
import { analyze } from '../src/analyze.js';
import { configSchemaUrl } from '../src/config/validate.js';
import { markerEngine } from './helpers/marker-engine.js';
import { runCli } from './helpers/run-cli.js';
import { tempProject, tempTsProject, tsconfig } from './helpers/temp-project.js';

const model = `import type {} from '@bindsafe/kernel';\n`;
const sources = {
  'a.ts': `${model}export const a = /*@no-stored-bound-device*/ globalThis;\n`,
  'gen/b.gen.ts': `${model}export const b = /*@no-stored-bound-device*/ globalThis;\n`,
};

function withConfig(config: unknown) {
  return tempTsProject(sources, { 'bindsafe.config.json': typeof config === 'string' ? config : JSON.stringify(config) });
}

describe('bindsafe.config.json validation', () => {
  it.each([
    [{ rulez: {} }, 'bindsafe: bindsafe.config.json: unknown key "rulez"'],
    [{ rules: { 'no-such-rule': 'error' } }, 'bindsafe: bindsafe.config.json: unknown rule "no-such-rule" in "rules" (see `bindsafe rules`)'],
    [{ rules: { 'no-stored-bound-device': 'on' } }, 'bindsafe: bindsafe.config.json: "rules.no-stored-bound-device" must be one of off, warn, error (got "on")'],
    [{ include: 'src' }, 'bindsafe: bindsafe.config.json: "include" must be an array (got "src")'],
    [{ exclude: [''] }, 'bindsafe: bindsafe.config.json: "exclude[0]" must not be empty'],
    [{ unknownCalleesEscape: 'yes' }, 'bindsafe: bindsafe.config.json: "unknownCalleesEscape" must be a boolean (got "yes")'],
    [{ safeFunctions: ['log it'] }, 'bindsafe: bindsafe.config.json: "safeFunctions[0]" must be a function name or `Class.method` (got "log it")'],
    [[], 'bindsafe: bindsafe.config.json: must be a JSON object'],
    ['{ "rules": { }, }', 'bindsafe: bindsafe.config.json is not valid JSON: a property name in double quotes expected, found `}` (a trailing comma is not allowed) (line 1, column 17)'],
  ])('%j is a one-line error naming the key (exit 2)', async (config, message) => {
    const run = await runCli(['analyze'], { cwd: withConfig(config), engine: markerEngine().factory });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    if (typeof message === 'string') expect(lines[0]).toBe(message);
    else expect(lines[0]).toMatch(message);
  });

  it('the shipped schema lists exactly the catalogue rules', () => {
    const schema = JSON.parse(readFileSync(configSchemaUrl, 'utf8')) as { properties: { rules: { properties: object } } };
    expect(Object.keys(schema.properties.rules.properties)).toEqual([...ruleIds]);
  });
});

describe('bindsafe.config.json effects', () => {
  it('sets rule severities; --rule overrides them', async () => {
    const cwd = withConfig({ rules: { 'no-stored-bound-device': 'warn' } });
    const engine = markerEngine().factory;
    const warn = await runCli(['analyze', '--format', 'json'], { cwd, engine });
    expect(warn.code).toBe(0);
    expect((JSON.parse(warn.stdout) as { findings: { severity: string }[] }).findings.map((f) => f.severity)).toEqual(['warning', 'warning']);
    const error = await runCli(['analyze', '--rule', 'no-stored-bound-device=error'], { cwd, engine });
    expect(error.code).toBe(1);
  });

  it('include and exclude select files, relative to the config file', async () => {
    const excluded = await analyze({ cwd: withConfig({ exclude: ['src/gen'] }), engine: markerEngine().factory });
    expect(excluded.findings.map((f) => f.location.file)).toEqual(['src/a.ts']);
    expect(excluded.stats.filesSelected).toBe(1);
    const included = await analyze({ cwd: withConfig({ include: ['**/*.gen.ts'] }), engine: markerEngine().factory });
    expect(included.findings.map((f) => f.location.file)).toEqual(['src/gen/b.gen.ts']);
  });

  it('excluding everything is a clear error, not an empty report', async () => {
    const run = await runCli(['analyze'], { cwd: withConfig({ exclude: ['src/'] }), engine: markerEngine().factory });
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toBe("bindsafe: no files to analyse: the config's include/exclude leave out all 2 files of tsconfig.json\n");
  });

  it('passes safeFunctions, escapingFunctions and unknownCalleesEscape to the engine', async () => {
    const engine = markerEngine();
    const config = { safeFunctions: ['logDevice', 'Registry.peek'], escapingFunctions: ['stash'], unknownCalleesEscape: true };
    await analyze({ cwd: withConfig(config), engine: engine.factory });
    expect(engine.options).toEqual([config]);
    const none = markerEngine();
    await analyze({ cwd: withConfig({}), engine: none.factory });
    expect(none.options).toEqual([{}]);
  });

  it('is found next to the tsconfig first, then in the cwd or above it up to the git root', async () => {
    const root = tempProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'bindsafe.config.json': JSON.stringify({ rules: { 'no-stored-bound-device': 'warn' } }),
      'pkg/tsconfig.json': tsconfig(),
      'pkg/src/a.ts': sources['a.ts'],
      'other/tsconfig.json': tsconfig(),
      'other/bindsafe.config.json': JSON.stringify({ rules: { 'no-stored-bound-device': 'off' } }),
      'other/src/a.ts': sources['a.ts'],
    });
    const fromAbove = await analyze({ cwd: `${root}/pkg`, engine: markerEngine().factory });
    expect(fromAbove.findings.map((f) => [f.location.file, f.severity])).toEqual([['pkg/src/a.ts', 'warning']]);
    const beside = await analyze({ cwd: root, files: ['other'], engine: markerEngine().factory });
    expect(beside.findings).toEqual([]);
  });

  it('a config object given to the API is validated like the file', async () => {
    const cwd = tempTsProject(sources);
    await expect(analyze({ cwd, config: { rules: { nope: 'off' } } as never, engine: markerEngine().factory })).rejects.toThrow(
      'config: unknown rule "nope" in "rules" (see `bindsafe rules`)',
    );
  });
});
