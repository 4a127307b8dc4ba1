import { describe, expect, it } from 'vitest';
import { createProgress, isCi, progressDelayMs } from '../src/cli/progress.js';
import type { CliIo } from '../src/cli/io.js';
import { markerEngine } from './helpers/marker-engine.js';
import { runCli } from './helpers/run-cli.js';
import { tempTsProject } from './helpers/temp-project.js';

function fakeIo(options: { tty: boolean; env?: Record<string, string> }) {
  let clock = 0;
  let written = '';
  const io: CliIo = {
    cwd: '/',
    env: options.env ?? {},
    stdout: { write: () => true },
    stderr: { write: (t: string) => (written += t), isTTY: options.tty },
    now: () => clock,
  };
  return { io, advance: (ms: number) => (clock += ms), written: () => written };
}

describe('progress', () => {
  it('draws files done / total on a TTY once the run takes longer than a moment, then clears it', () => {
    const { io, advance, written } = fakeIo({ tty: true });
    const progress = createProgress(io, true);
    progress.update(1, 4, 'analysing');
    expect(written()).toBe('');
    advance(progressDelayMs);
    progress.update(2, 4, 'analysing');
    advance(10);
    progress.update(3, 4, 'analysing'); // throttled
    progress.update(4, 4, 'analysing'); // the last file is always drawn
    progress.finish();
    expect(written()).toBe('\r\u001b[Kbindsafe: analysing 2/4 files\r\u001b[Kbindsafe: analysing 4/4 files\r\u001b[K');
  });

  it.each([
    ['stderr is not a TTY', { tty: false }, true],
    ['--no-progress', { tty: true }, false],
    ['CI', { tty: true, env: { CI: 'true' } }, true],
    ['GitHub Actions', { tty: true, env: { GITHUB_ACTIONS: 'true' } }, true],
  ])('is silent when %s', (_name, options, requested) => {
    const { io, advance, written } = fakeIo(options);
    const progress = createProgress(io, requested);
    advance(10_000);
    progress.update(1, 1, 'loading');
    progress.finish();
    expect(written()).toBe('');
  });

  it('does not treat CI=false as CI', () => {
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({ CI: '0' })).toBe(false);
    expect(isCi({ CI: '1' })).toBe(true);
  });

  it('goes to stderr only, never into the report', async () => {
    const cwd = tempTsProject({ 'a.ts': 'export const a = 1;\n', 'b.ts': 'export const b = 1;\n' });
    let clock = 0;
    const run = await runCli(['analyze', '--format', 'json'], {
      cwd,
      engine: markerEngine().factory,
      stderrIsTTY: true,
      stdoutIsTTY: true,
      now: () => (clock += 400),
    });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ findings: [] });
    expect(run.stderr).toContain('bindsafe: loading 2/2 files');
    expect(run.stderr).toContain('bindsafe: analysing 2/2 files');
    expect(run.stderr.endsWith('\r\u001b[K')).toBe(true);
  });
});
