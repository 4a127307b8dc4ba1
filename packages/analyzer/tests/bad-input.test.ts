import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { markerEngine } from './helpers/marker-engine.js';
import { runCli } from './helpers/run-cli.js';
import { tempProject, tempTsProject, tsconfig } from './helpers/temp-project.js';

const model = `import type {} from '@bindsafe/kernel';\n`;
const good = `${model}export const leak = /*@no-stored-bound-device*/ globalThis;\n`;

interface JsonReport {
  findings: { ruleId: string; file: string; line: number }[];
  stats: { filesSkipped: number; filesAnalyzed: number; diagnostics: { file: string; line?: number; message: string; skipped: boolean }[] };
}

async function runJson(cwd: string, argv: string[] = [], engine = markerEngine().factory) {
  const run = await runCli(['analyze', '--format', 'json', ...argv], { cwd, engine });
  return { ...run, report: run.stdout ? (JSON.parse(run.stdout) as JsonReport) : undefined };
}

describe('bad input', () => {
  it('a missing path: one line, exit 2', async () => {
    const run = await runCli(['analyze', 'src/missing.ts'], { cwd: tempTsProject({ 'a.ts': good }) });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'bindsafe: path not found: src/missing.ts\n' });
  });

  it('a tsconfig that does not parse: one line naming file and position, exit 2', async () => {
    const cwd = tempProject({ 'tsconfig.json': '{ "compilerOptions": { "strict": true ', 'src/a.ts': good });
    const run = await runCli(['analyze'], { cwd });
    expect(run).toEqual({ code: 2, stdout: '', stderr: "bindsafe: invalid tsconfig.json: tsconfig.json:1:39: '}' expected. (TS1005)\n" });
  });

  it('a tsconfig with an invalid option or a missing extends: one line, exit 2', async () => {
    const badOption = await runCli(['analyze'], { cwd: tempProject({ 'tsconfig.json': '{ "compilerOptions": { "strictt": true } }', 'a.ts': good }) });
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toBe("bindsafe: invalid tsconfig.json: tsconfig.json:1:24: Unknown compiler option 'strictt'. Did you mean 'strict'? (TS5025)\n");
    const badExtends = await runCli(['analyze'], { cwd: tempProject({ 'tsconfig.json': '{ "extends": "./base.json" }', 'a.ts': good }) });
    expect(badExtends.code).toBe(2);
    expect(badExtends.stderr).toMatch(/^bindsafe: invalid tsconfig\.json: Cannot read file '.*base\.json'\. \(TS5083\)\n$/);
  });

  it('compiler options tsc rejects (deprecated or removed): one line with the TS code, exit 2', async () => {
    const withOptions = (options: Record<string, unknown>) =>
      tempTsProject({ 'a.ts': good }, { 'tsconfig.json': JSON.stringify({ compilerOptions: { types: [], ...options }, include: ['src'] }) });
    const node10 = await runCli(['analyze'], { cwd: withOptions({ moduleResolution: 'node10' }) });
    expect(node10).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "bindsafe: invalid tsconfig.json: tsconfig.json:1:51: Option 'moduleResolution=node10' is deprecated and will stop functioning in TypeScript 7.0. Specify compilerOption '\"ignoreDeprecations\": \"6.0\"' to silence this error. Visit https://aka.ms/ts6 for migration information. (TS5107)\n",
    });
    const es3 = await runCli(['analyze'], { cwd: withOptions({ target: 'ES3' }) });
    expect(es3).toEqual({
      code: 2,
      stdout: '',
      stderr: "bindsafe: invalid tsconfig.json: tsconfig.json:1:41: Option 'target=ES3' has been removed. Please remove it from your configuration. (TS5108)\n",
    });
    const removed = await runCli(['analyze'], { cwd: withOptions({ keyofStringsOnly: true }) });
    expect(removed.code).toBe(2);
    expect(removed.stderr).toMatch(/^bindsafe: invalid tsconfig\.json: tsconfig\.json:1:\d+: Option 'keyofStringsOnly' has been removed\. .*\(TS5102\)\n$/);
    // From a base config too; and what tsc accepts (the deprecation acknowledged) is analysed.
    const extended = tempTsProject(
      { 'a.ts': good },
      { 'tsconfig.json': JSON.stringify({ extends: './base.json', include: ['src'] }), 'base.json': JSON.stringify({ compilerOptions: { types: [], module: 'AMD' } }) },
    );
    expect((await runCli(['analyze'], { cwd: extended })).stderr).toMatch(/^bindsafe: invalid tsconfig\.json: Option 'module=AMD' is deprecated .*\(TS5107\)\n$/);
    const acknowledged = await runJson(withOptions({ moduleResolution: 'node10', ignoreDeprecations: '6.0' }));
    expect(acknowledged.code).toBe(1);
    expect(acknowledged.report?.findings.map((f) => f.file)).toEqual(['src/a.ts']);
  });

  it('a file with syntax errors is skipped with a diagnostic; the rest is analysed', async () => {
    const cwd = tempTsProject({ 'a.ts': good, 'broken.ts': `${model}export const x = /*@no-stored-bound-device*/ (1 + ;\n` });
    const { code, stderr, report } = await runJson(cwd);
    expect(code).toBe(1);
    expect(report?.findings.map((f) => f.file)).toEqual(['src/a.ts']);
    expect(report?.stats.diagnostics).toEqual([
      { file: 'src/broken.ts', line: 2, column: 51, message: 'syntax error: Expression expected. (TS1109); file skipped', skipped: true },
    ]);
    expect(report?.stats.filesSkipped).toBe(1);
    expect(stderr).toBe('bindsafe: src/broken.ts:2:51: syntax error: Expression expected. (TS1109); file skipped\n');
  });

  it('binary and non-UTF-8 files are skipped with a diagnostic naming them, also when imported', async () => {
    const binary = Uint8Array.from([0x65, 0x78, 0x70, 0x00, 0x01, 0x02, 0xff]);
    const latin1 = Buffer.from(`${model}export const caf\xe9 = 1;\n`, 'latin1');
    const cwd = tempTsProject({
      'a.ts': `${good}import { blob } from './blob.js';\nexport const b = blob;\n`,
      'blob.ts': binary,
      'latin1.ts': latin1,
      'utf16.ts': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('export const x = 1;\n', 'utf16le')]),
    });
    const { code, stderr, report } = await runJson(cwd);
    expect(code).toBe(1);
    expect(report?.findings.map((f) => f.file)).toEqual(['src/a.ts']);
    expect(report?.stats.diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([
      'src/blob.ts: binary content (NUL byte at offset 3); file skipped',
      'src/latin1.ts: not valid UTF-8 (invalid byte sequence at offset 56); file skipped',
      'src/utf16.ts: not UTF-8 (UTF-16 byte order mark); re-save the file as UTF-8; file skipped',
    ]);
    expect(stderr.trimEnd().split('\n')).toHaveLength(3);
  });

  it('a 5 MB file is analysed', async () => {
    const blob = 'x'.repeat(1000);
    const lines: string[] = [model];
    let size = model.length;
    for (let i = 0; size < 5 * 1024 * 1024; i++) {
      const line = `export const chunk${i} = '${blob}';\n`;
      lines.push(line);
      size += line.length;
    }
    lines.push('export const last = /*@no-stored-bound-device*/ globalThis;\n');
    const cwd = tempTsProject({ 'huge.ts': lines.join('') });
    const { code, report } = await runJson(cwd);
    expect(code).toBe(1);
    expect(report?.findings).toEqual([expect.objectContaining({ file: 'src/huge.ts', line: lines.length })]);
  });

  it('an expression nested 5,000 deep is skipped with a diagnostic, also when imported', async () => {
    const deep = `export const deep = ${'('.repeat(5000)}1${')'.repeat(5000)};\n`;
    const cwd = tempTsProject({ 'a.ts': `${good}import { deep } from './deep.js';\nexport const d = deep;\n`, 'deep.ts': deep });
    const { code, stderr, report } = await runJson(cwd);
    expect(code).toBe(1);
    expect(report?.findings.map((f) => f.file)).toEqual(['src/a.ts']);
    expect(report?.stats.diagnostics).toEqual([
      {
        file: 'src/deep.ts',
        message: 'nested too deeply for the TypeScript parser (maximum call stack size exceeded); file skipped',
        skipped: true,
      },
    ]);
    expect(stderr).toContain('bindsafe: src/deep.ts: nested too deeply');
  });

  it('a deeply nested file that only the engine cannot handle is skipped with a diagnostic', async () => {
    const cwd = tempTsProject({ 'a.ts': good, 'b.ts': `${model}export const b = /*@no-stored-bound-device*/ globalThis;\n` });
    const { code, report } = await runJson(cwd, [], markerEngine({ throwFor: /b\.ts$/ }).factory);
    expect(code).toBe(1);
    expect(report?.findings.map((f) => f.file)).toEqual(['src/a.ts']);
    expect(report?.stats.diagnostics).toEqual([
      { file: 'src/b.ts', message: 'nested too deeply to analyse (maximum call stack size exceeded); file skipped', skipped: true },
    ]);
  });

  it('what the engine could not follow is reported as a diagnostic, the file still analysed', async () => {
    const cwd = tempTsProject({ 'a.ts': good });
    const { report } = await runJson(cwd, [], markerEngine({ diagnosticsFor: /a\.ts$/ }).factory);
    expect(report?.findings).toHaveLength(1);
    expect(report?.stats.diagnostics).toEqual([{ file: 'src/a.ts', message: 'could not follow a value through eval', skipped: false }]);
  });

  it('circular imports are analysed', async () => {
    const cwd = tempTsProject({
      'a.ts': `${model}import { b } from './b.js';\nexport const a = (): number => b() + 1;\nexport const leak = /*@no-stored-bound-device*/ globalThis;\n`,
      'b.ts': `import { a } from './a.js';\nexport const b = (): number => a() - 1;\n`,
    });
    const { code, report } = await runJson(cwd);
    expect(code).toBe(1);
    expect(report?.findings.map((f) => [f.file, f.line])).toEqual([['src/a.ts', 4]]);
    expect(report?.stats.filesAnalyzed).toBe(2);
  });

  it('`any` everywhere is analysed', async () => {
    const cwd = tempTsProject({
      'a.ts': `${model}declare const k: any;\nexport const dev: any = k.probe(k as any)[k];\nexport const leak = /*@no-stored-bound-device*/ (dev as any).x as any;\n`,
    });
    const { code, report } = await runJson(cwd);
    expect(code).toBe(1);
    expect(report?.findings).toHaveLength(1);
  });

  it('an empty project: a clear message, exit 2', async () => {
    const cwd = tempProject({ 'tsconfig.json': tsconfig(), 'src/types.d.ts': 'declare const x: number;\n' });
    const empty = await runCli(['analyze'], { cwd });
    expect(empty).toEqual({ code: 2, stdout: '', stderr: 'bindsafe: no files to analyse in tsconfig.json (only declaration or non-source files)\n' });
    const none = await runCli(['analyze'], { cwd: tempProject({ 'tsconfig.json': tsconfig({ include: ['lib'] }) }) });
    expect(none).toEqual({ code: 2, stdout: '', stderr: 'bindsafe: no files to analyse: tsconfig.json includes no TypeScript files\n' });
  });

  it('paths with no project file under them: a clear message, exit 2', async () => {
    const cwd = tempTsProject({ 'a.ts': good }, { 'docs/readme.txt': 'hi' });
    const run = await runCli(['analyze', 'docs'], { cwd });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `bindsafe: no files to analyse: no source file of tsconfig.json is under docs\n` });
  });

  it('when no selected file can be analysed: exit 2 with the cause first, then each file', async () => {
    const cwd = tempTsProject({ 'a.ts': 'export const = ;\n', 'b.ts': Uint8Array.from([0, 1, 2]) });
    const run = await runCli(['analyze'], { cwd });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      [
        'bindsafe: none of the 2 selected files could be analysed',
        '  src/a.ts:1:14: syntax error: Variable declaration expected. (TS1134); file skipped',
        '  src/b.ts: binary content (NUL byte at offset 0); file skipped',
        '',
      ].join('\n'),
    );
  });

  it('a config nested 5,000 deep: a config error, not an internal one (exit 2)', async () => {
    for (const config of [`{ "rules": ${'['.repeat(5000)}${']'.repeat(5000)} }`, `${'['.repeat(5000)}${']'.repeat(5000)}`]) {
      const run = await runCli(['analyze'], { cwd: tempTsProject({ 'a.ts': good }, { 'bindsafe.config.json': config }), engine: markerEngine().factory });
      expect(run).toEqual({ code: 2, stdout: '', stderr: 'bindsafe: bindsafe.config.json: nested more than 64 levels deep (a config has at most 3)\n' });
    }
  });

  it.each([
    ['{ "rules": }', 'a value expected, found `}` (line 1, column 12)'],
    ['{\n  "rules": {\n    "a": 1,\n  }\n}', 'a property name in double quotes expected, found `}` (a trailing comma is not allowed) (line 4, column 3)'],
    ['{ "include": ["src",] }', 'a value expected, found `]` (a trailing comma is not allowed) (line 1, column 21)'],
    ["{ 'rules': {} }", 'a property name in double quotes expected, found `\'` (line 1, column 3)'],
    ['{ "rules": {', 'unexpected end of file: `}` expected (line 1, column 13)'],
    ['', 'unexpected end of file: a value expected (line 1, column 1)'],
    ['{ "a": "x\ny" }', 'unterminated string (a line break in a string must be written `\\n`) (line 1, column 10)'],
    ['{} {}', 'unexpected `{` after the JSON value (line 1, column 4)'],
    ['{ "a": tru }', 'a value expected, found `tru` (line 1, column 8)'],
    ['{ "a": 01 }', 'invalid number `01` (line 1, column 8)'],
    ['{ "a": "\\q" }', 'invalid escape `\\q` in a string (line 1, column 9)'],
    ['// settings\n{}', 'comments are not allowed in JSON (line 1, column 1)'],
    ['{ "a" 1 }', '`:` expected after a property name, found `1` (line 1, column 7)'],
    ['{ "a": [1 2] }', '`,` or `]` expected, found `2` (line 1, column 11)'],
    ['\uFEFF{ "rules": }', 'a value expected, found `}` (line 1, column 12)'],
  ])('invalid JSON in the config %j names line and column', async (config, problem) => {
    const run = await runCli(['analyze'], { cwd: tempTsProject({ 'a.ts': good }, { 'bindsafe.config.json': config }), engine: markerEngine().factory });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `bindsafe: bindsafe.config.json is not valid JSON: ${problem}\n` });
  });

  it('a baseline with a UTF-8 byte order mark is read like one without; invalid JSON in it names line and column', async () => {
    const cwd = tempTsProject({ 'a.ts': good });
    const engine = markerEngine().factory;
    expect((await runCli(['analyze', '--update-baseline'], { cwd, engine })).code).toBe(0);
    const baseline = readFileSync(path.join(cwd, 'bindsafe-baseline.json'), 'utf8');
    writeFileSync(path.join(cwd, 'bindsafe-baseline.json'), `\uFEFF${baseline}`);
    expect(await runCli(['analyze', '--baseline', 'bindsafe-baseline.json'], { cwd, engine })).toMatchObject({ code: 0, stderr: '' });
    writeFileSync(path.join(cwd, 'bindsafe-baseline.json'), '\uFEFF{ "version": 1,\n"findings": [ }');
    expect(await runCli(['analyze', '--baseline', 'bindsafe-baseline.json'], { cwd, engine })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bindsafe: baseline bindsafe-baseline.json is not valid JSON: a value expected, found `}` (line 2, column 15)\n',
    });
  });

  it('`/** item-*/` in a string, a template or a regular expression is no JSDoc comment: the file is analysed', async () => {
    const text = `${good}export const s = '/** item-*/';\nexport const t = \`\${s}/** item-*/\`;\nexport const r = /\\/** item-*\\//;\n`;
    const cwd = tempTsProject({ 'a.ts': text, 'b.js': text.replace(model, '') }, { 'tsconfig.json': tsconfig({ compilerOptions: { allowJs: true, types: [] } }) });
    const { code, stderr, report } = await runJson(cwd);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(report?.stats.filesAnalyzed).toBe(2);
  });

  it('a JSDoc comment that would hang the parser: skipped in a JavaScript file, analysed in a TypeScript one (as ESLint does)', async () => {
    const text = `${good}/** see item-*/\nexport const x = 1;\n`;
    const cwd = tempTsProject({ 'a.ts': text, 'b.js': text.replace(model, '') }, { 'tsconfig.json': tsconfig({ compilerOptions: { allowJs: true, types: [] } }) });
    const { code, report } = await runJson(cwd);
    expect(code).toBe(1);
    expect(report?.findings.map((f) => f.file)).toEqual(['src/a.ts']);
    expect(report?.stats.diagnostics).toEqual([
      {
        file: 'src/b.js',
        message: "the JSDoc comment `/** see item-*/` would hang TypeScript 6.0's parser (microsoft/TypeScript#63580); put a space before its `*/`; file skipped",
        skipped: true,
      },
    ]);
  });

  it('a newline in a file name is escaped in every line of output', async () => {
    const cwd = tempTsProject({ 'new\nline.ts': good, 'bro\nken.ts': 'export const = ;\n' });
    const stylish = await runCli(['analyze'], { cwd, engine: markerEngine().factory });
    expect(stylish.code).toBe(1);
    expect(stylish.stderr).toBe('bindsafe: src/bro\\nken.ts:1:14: syntax error: Variable declaration expected. (TS1134); file skipped\n');
    expect(stylish.stdout.split('\n')[1]).toBe('src/new\\nline.ts');
    const json = await runJson(cwd);
    expect(json.report?.findings.map((f) => f.file)).toEqual(['src/new\nline.ts']);
  });

  it('analyze() rejects with a BindsafeError for the same problems', async () => {
    await expect(analyze({ cwd: tempTsProject({ 'a.ts': good }), files: ['nope'] })).rejects.toMatchObject({
      name: 'BindsafeError',
      message: 'path not found: nope',
    });
  });
});
