import { main } from '../../src/cli.js';
import type { EngineFactory } from '../../src/analysis/engine-factory.js';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliRunOptions {
  readonly cwd: string;
  readonly env?: Record<string, string | undefined>;
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  readonly engine?: EngineFactory;
  readonly now?: () => number;
}

/** Runs `bindsafe <argv>` in-process and captures its output. */
export async function runCli(argv: readonly string[], options: CliRunOptions): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: { write: (t: string) => (stdout += t), isTTY: options.stdoutIsTTY ?? false },
    stderr: { write: (t: string) => (stderr += t), isTTY: options.stderrIsTTY ?? false },
    ...(options.engine ? { engine: options.engine } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { code, stdout, stderr };
}
