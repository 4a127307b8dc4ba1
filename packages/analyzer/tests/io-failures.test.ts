import { spawn, spawnSync, type StdioOptions } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempTsProject } from './helpers/temp-project.js';

// Paths that are not regular files, or cannot be reached, and output that cannot be written. A
// FIFO blocks whoever opens it until the other end does, so every run is a child process with a
// time limit: a regression fails the test instead of hanging it. Through the built package, like
// bin.test.ts (the root test command builds before it tests).

const bin = fileURLToPath(new URL('../bin/bindsafe.js', import.meta.url));
const limitMs = 20_000;
const env = { ...process.env, CI: 'true', FORCE_COLOR: undefined, NO_COLOR: '1' };
const good = `export const a: number = 1;\n`;

interface Run {
  readonly code: number | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

function bindsafe(args: readonly string[], cwd: string, stdio: StdioOptions = 'pipe'): Run {
  const child = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env, stdio, timeout: limitMs, killSignal: 'SIGKILL' });
  const timedOut = (child.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { code: child.status, timedOut, stdout: child.stdout ?? '', stderr: child.stderr ?? '' };
}

function fifoIn(dir: string, name: string): string {
  const file = path.join(dir, name);
  const made = spawnSync('mkfifo', [file]);
  if (made.status !== 0) throw new Error(`mkfifo failed: ${made.stderr.toString()}`);
  return file;
}

describe('paths that are not regular files, or cannot be reached', () => {
  it('a FIFO as --project, as --baseline, as --output: one line, exit 2, no hang', () => {
    const cwd = tempTsProject({ 'a.ts': good });
    fifoIn(cwd, 'fifo');
    const cases: [string[], string][] = [
      [['--project', 'fifo'], 'bindsafe: --project fifo: not a regular file or a directory\n'],
      [['--baseline', 'fifo'], 'bindsafe: cannot read baseline fifo: not a regular file (a FIFO)\n'],
      [['--update-baseline', '--baseline', 'fifo'], 'bindsafe: cannot write baseline fifo: not a regular file (a FIFO)\n'],
      [['--output', 'fifo'], 'bindsafe: cannot write --output fifo: not a regular file (a FIFO)\n'],
    ];
    for (const [args, stderr] of cases) {
      expect(bindsafe(['analyze', ...args], cwd), args.join(' ')).toEqual({ code: 2, timedOut: false, stdout: '', stderr });
    }
  });

  it('a FIFO among the sources is skipped with a diagnostic, no hang', () => {
    const cwd = tempTsProject({ 'a.ts': good }, { 'tsconfig.json': JSON.stringify({ compilerOptions: { types: [] }, files: ['src/a.ts', 'src/pipe.ts'] }) });
    fifoIn(cwd, 'src/pipe.ts');
    const run = bindsafe(['analyze'], cwd);
    expect(run).toMatchObject({ code: 0, timedOut: false });
    expect(run.stderr).toBe('bindsafe: src/pipe.ts: not a regular file (a FIFO); file skipped\n');
  });

  it('--output or --update-baseline under a folder that cannot be created: one line, exit 2, no hang', () => {
    const cwd = tempTsProject({ 'a.ts': good });
    expect(bindsafe(['analyze', '--output', '/proc/nope/x.json'], cwd)).toEqual({
      code: 2,
      timedOut: false,
      stdout: '',
      stderr: "bindsafe: cannot write --output /proc/nope/x.json: ENOENT: no such file or directory, mkdir '/proc/nope'\n",
    });
    expect(bindsafe(['analyze', '--update-baseline', '--baseline', '/proc/nope/b.json'], cwd)).toEqual({
      code: 2,
      timedOut: false,
      stdout: '',
      stderr: "bindsafe: cannot write baseline /proc/nope/b.json: ENOENT: no such file or directory, mkdir '/proc/nope'\n",
    });
  });

  it('--output naming a device, or a path under a file, is refused before the analysis', () => {
    const cwd = tempTsProject({ 'a.ts': good });
    expect(bindsafe(['analyze', '--output', '/dev/null'], cwd)).toEqual({
      code: 2,
      timedOut: false,
      stdout: '',
      stderr: 'bindsafe: cannot write --output /dev/null: not a regular file (a character device)\n',
    });
    const underFile = bindsafe(['analyze', '--output', 'tsconfig.json/report.json'], cwd);
    expect(underFile).toMatchObject({ code: 2, timedOut: false, stdout: '' });
    expect(underFile.stderr).toMatch(/^bindsafe: cannot write --output tsconfig\.json\/report\.json: ENOTDIR: not a directory[^\n]*\n$/);
  });

  it('--output still creates missing folders and replaces a longer report', () => {
    const cwd = tempTsProject({ 'a.ts': good });
    expect(bindsafe(['analyze', '--output', 'out/deep/report.txt', '--format', 'json'], cwd)).toMatchObject({ code: 0, stderr: '' });
    expect(bindsafe(['analyze', '--output', 'out/deep/report.txt'], cwd)).toMatchObject({ code: 0, stderr: '' });
    expect(readFileSync(path.join(cwd, 'out/deep/report.txt'), 'utf8')).toBe('✔ no problems · 1 file analysed (0 reach the model)\n');
  });
});

describe('stdout that cannot be written', () => {
  it('a full disk (stdout on /dev/full): one line on stderr, exit 2', () => {
    if (!existsSync('/dev/full')) return;
    const cwd = tempTsProject({ 'a.ts': good });
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['analyze'], ['rules'], ['--version']]) {
        const run = bindsafe(args, cwd, ['ignore', full, 'pipe']);
        expect(run, args.join(' ')).toEqual({ code: 2, timedOut: false, stdout: '', stderr: 'bindsafe: cannot write to stdout: ENOSPC: no space left on device, write\n' });
      }
    } finally {
      closeSync(full);
    }
  });

  it('a reader that closed the pipe: exit 2, not 0', async () => {
    const cwd = tempTsProject({ 'a.ts': good });
    const child = spawn(process.execPath, [bin, 'analyze', '--format', 'json'], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), limitMs);
      child.on('close', (status) => {
        clearTimeout(timer);
        resolve(status);
      });
    });
    expect(code).toBe(2);
    expect(stderr).toBe('bindsafe: cannot write to stdout: write EPIPE\n');
  }, limitMs + 5_000);
});
