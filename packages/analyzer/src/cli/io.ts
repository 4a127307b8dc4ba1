import type { EngineFactory } from '../analysis/engine-factory.js';

/** Where the CLI writes, injected so tests run it in-process. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
}

export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds from an arbitrary origin (for progress timing); default `performance.now`. */
  readonly now?: () => number;
  /** The engine to run (default: `@bindsafe/core`'s); tests inject their own. */
  readonly engine?: EngineFactory;
}

/** The real process: stdout, stderr, cwd and environment. */
export function processIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
    now: () => performance.now(),
  };
}
