// @ts-check
/**
 * Builds the workspace (`pnpm build` at the root) before measuring, so the tools measured are the
 * ones in the tree. Uses the pnpm that runs `pnpm bench` when there is one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, delimiter, join } from 'node:path';

/**
 * @param {string} repoRoot
 * @returns {{ ok: boolean, how: string }}
 */
export function buildWorkspace(repoRoot) {
  const execpath = process.env.npm_execpath;
  /** @type {import('node:child_process').SpawnSyncReturns<Buffer>} */
  let r;
  let how;
  if (execpath && basename(execpath).startsWith('pnpm')) {
    how = 'pnpm build';
    r = spawnSync(process.execPath, [execpath, 'run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
  } else {
    how = 'pnpm build';
    r = spawnSync('pnpm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
    if (r.error) {
      // No pnpm on PATH: run the root build script the way pnpm would.
      const script = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).scripts?.build;
      if (typeof script !== 'string') return { ok: false, how: 'no build script in package.json' };
      how = script;
      const PATH = `${join(repoRoot, 'node_modules', '.bin')}${delimiter}${process.env.PATH ?? ''}`;
      r = spawnSync(script, { cwd: repoRoot, stdio: 'inherit', shell: true, env: { ...process.env, PATH } });
    }
  }
  return { ok: !r.error && r.status === 0, how };
}
