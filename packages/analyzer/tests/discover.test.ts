import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { markerEngine } from './helpers/marker-engine.js';
import { runCli } from './helpers/run-cli.js';
import { tempProject, tsconfig, writeFiles } from './helpers/temp-project.js';

const finding = (name: string) => `import type {} from '@bindsafe/kernel';\nexport const ${name} = /*@no-stored-bound-device*/ globalThis;\n`;

function monorepo() {
  return tempProject({
    'package.json': '{ "type": "module" }',
    'packages/a/tsconfig.json': tsconfig(),
    'packages/a/src/one.ts': finding('one'),
    'packages/a/src/nested/two.ts': finding('two'),
    'packages/b/tsconfig.json': tsconfig(),
    'packages/b/src/three.ts': finding('three'),
    'packages/b/scratch.ts': finding('scratch'),
  });
}

const filesOf = (result: { findings: readonly { location: { file: string } }[] }) => result.findings.map((f) => f.location.file);

describe('finding the projects', () => {
  it('uses the nearest tsconfig above each path and reports only files under the paths', async () => {
    const cwd = monorepo();
    const result = await analyze({ cwd, files: ['packages/a/src/nested'], engine: markerEngine().factory });
    expect(result.stats.projects).toEqual(['packages/a/tsconfig.json']);
    expect(filesOf(result)).toEqual(['packages/a/src/nested/two.ts']);
  });

  it('analyses several tsconfig files in one run', async () => {
    const cwd = monorepo();
    const result = await analyze({ cwd, files: ['packages/a', 'packages/b/src/three.ts'], engine: markerEngine().factory });
    expect(result.stats.projects).toEqual(['packages/a/tsconfig.json', 'packages/b/tsconfig.json']);
    expect(filesOf(result)).toEqual(['packages/a/src/nested/two.ts', 'packages/a/src/one.ts', 'packages/b/src/three.ts']);
  });

  it('a directory without a tsconfig above it uses those beneath it', async () => {
    const cwd = monorepo();
    const result = await analyze({ cwd, files: ['packages'], engine: markerEngine().factory });
    expect(result.stats.projects).toEqual(['packages/a/tsconfig.json', 'packages/b/tsconfig.json']);
    expect(result.stats.filesAnalyzed).toBe(3);
  });

  it('without paths uses the tsconfig of the working directory and all its files', async () => {
    const cwd = monorepo();
    const result = await analyze({ cwd: `${cwd}/packages/b/src`, engine: markerEngine().factory });
    // Without a git root, paths are relative to the cwd; the tsconfig above it keeps its absolute path.
    expect(result.stats.projects).toEqual([`${cwd}/packages/b/tsconfig.json`]);
    expect(filesOf(result)).toEqual(['three.ts']);
  });

  it('a solution tsconfig stands for the projects it references', async () => {
    const cwd = monorepo();
    writeFiles(cwd, { 'tsconfig.json': JSON.stringify({ files: [], references: [{ path: 'packages/a' }, { path: 'packages/b/tsconfig.json' }] }) });
    const result = await analyze({ cwd, engine: markerEngine().factory });
    expect(result.stats.projects).toEqual(['packages/a/tsconfig.json', 'packages/b/tsconfig.json']);
    expect(result.stats.filesAnalyzed).toBe(3);
  });

  it('--project takes a tsconfig file or a directory', async () => {
    const cwd = monorepo();
    const byDir = await analyze({ cwd, project: 'packages/b', engine: markerEngine().factory });
    expect(filesOf(byDir)).toEqual(['packages/b/src/three.ts']);
    const byFile = await analyze({ cwd, project: 'packages/a/tsconfig.json', files: ['packages/a/src/one.ts'], engine: markerEngine().factory });
    expect(filesOf(byFile)).toEqual(['packages/a/src/one.ts']);
  });

  it('a file named explicitly but not included by its tsconfig is analysed too', async () => {
    const cwd = monorepo();
    const result = await analyze({ cwd, files: ['packages/b/scratch.ts'], engine: markerEngine().factory });
    expect(filesOf(result)).toEqual(['packages/b/scratch.ts']);
  });

  it('a file in two projects is analysed once', async () => {
    const cwd = monorepo();
    const result = await analyze({ cwd, project: ['packages/a', 'packages/a/tsconfig.json'], engine: markerEngine().factory });
    expect(filesOf(result)).toEqual(['packages/a/src/nested/two.ts', 'packages/a/src/one.ts']);
  });
});

describe('project errors (exit 2, one line)', () => {
  it.each([
    [['analyze', 'packages/nope'], 'bindsafe: path not found: packages/nope'],
    [['analyze', '--project', 'nope.json'], 'bindsafe: --project nope.json: not found'],
    [['analyze', '--project', 'packages'], 'bindsafe: --project packages: no tsconfig.json in packages'],
    [['analyze', 'package.json'], 'bindsafe: no tsconfig.json found for package.json (looked in its directory and above); pass --project'],
  ])('%j', async (argv, line) => {
    const run = await runCli(argv, { cwd: monorepo(), engine: markerEngine().factory });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `${line}\n` });
  });

  it('a non-source file named explicitly', async () => {
    const cwd = tempProject({ 'tsconfig.json': tsconfig(), 'src/a.ts': finding('a'), 'notes.md': '# notes' });
    const run = await runCli(['analyze', 'notes.md'], { cwd, engine: markerEngine().factory });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'bindsafe: not a TypeScript or JavaScript source file: notes.md\n' });
  });

  it('no tsconfig anywhere', async () => {
    const cwd = tempProject({ 'src/a.ts': finding('a') });
    const run = await runCli(['analyze'], { cwd: `${cwd}/src`, engine: markerEngine().factory });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('bindsafe: no tsconfig.json in . or above it; pass --project or a path\n');
  });
});
