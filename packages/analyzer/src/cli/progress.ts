import type { CliIo } from './io.js';

export interface Progress {
  update(done: number, total: number, phase: 'loading' | 'analysing'): void;
  /** Clears the progress line, if one was drawn. */
  finish(): void;
}

/** A run shorter than this shows no progress at all. */
export const progressDelayMs = 500;
const redrawEveryMs = 100;

/** Whether the environment is a CI service (where progress lines only clutter logs). */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const ci = env['CI'];
  if (ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false') return true;
  return ['GITHUB_ACTIONS', 'GITLAB_CI', 'BUILDKITE', 'TF_BUILD', 'JENKINS_URL'].some((name) => (env[name] ?? '') !== '');
}

/**
 * `bindsafe: analysing 120/4000 files` (or `loading …` while a program is built) on stderr, redrawn in place: only when stderr is a TTY, not in CI,
 * not with `--no-progress`, and only once the run has taken longer than a moment. The analysis
 * is synchronous, so drawing is driven by the per-file callback rather than a timer.
 */
export function createProgress(io: CliIo, requested: boolean): Progress {
  const enabled = requested && io.stderr.isTTY === true && !isCi(io.env);
  const now = io.now ?? (() => performance.now());
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done, total, phase) {
      if (!enabled) return;
      const t = now();
      if (t - started < progressDelayMs || (t - lastDraw < redrawEveryMs && done < total)) return;
      lastDraw = t;
      drawn = true;
      io.stderr.write(`\r\u001b[Kbindsafe: ${phase} ${done}/${total} files`);
    },
    finish() {
      if (drawn) io.stderr.write('\r\u001b[K');
      drawn = false;
    },
  };
}
