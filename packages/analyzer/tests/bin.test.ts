import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempTsProject } from './helpers/temp-project.js';

// End to end through the built package (the root test command builds before it tests).
const bin = fileURLToPath(new URL('../bin/bindsafe.js', import.meta.url));

function bindsafe(args: string[], cwd: string) {
  const run = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', FORCE_COLOR: undefined, NO_COLOR: '1' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('bin/bindsafe.js', () => {
  it('runs the built CLI: --version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(bindsafe(['--version'], process.cwd())).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('analyses a project and exits 0 when code does not use the model', () => {
    const cwd = tempTsProject({ 'a.ts': 'export const a: number = 1;\n', 'b.ts': `import { a } from './a.js';\nexport const b = a + 1;\n` });
    const run = bindsafe(['analyze', '--format', 'json'], cwd);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ version: 1, findings: [], stats: { filesAnalyzed: 2, filesReachingModel: 0 } });
  });

  it('exits 2 with one line for a usage error', () => {
    expect(bindsafe(['analyze', '--nope'], process.cwd())).toEqual({
      code: 2,
      stdout: '',
      stderr: 'bindsafe: unknown option "--nope" (see bindsafe --help)\n',
    });
  });
});
