import type { EngineFactory } from '../analysis/engine-factory.js';

/** Where the CLI writes, injected so tests run it in-process. */
export interface OutputStream {
  write(text: string): unknown;
  readonly isTTY?: boolean | undefined;
  /**
   * Resolves once everything written so far has been handed to the system, with the first error
   * writing it (a full disk, a reader that closed the pipe), or undefined. Streams without it are
   * taken to never fail.
   */
  flushed?(): Promise<Error | undefined>;
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
    stdout: processStream(process.stdout),
    stderr: processStream(process.stderr),
    cwd: process.cwd(),
    env: process.env,
    now: () => performance.now(),
  };
}

/**
 * One of the process's output streams, with write errors recorded instead of thrown or emitted
 * unhandled (which would print a stack trace and exit 1, the code for findings): `main` asks
 * `flushed()` before it returns and exits 2 if the report did not get out.
 */
function processStream(stream: NodeJS.WriteStream): OutputStream {
  let failure: Error | undefined;
  let last: Promise<void> = Promise.resolve();
  const fail = (error: Error): void => {
    failure ??= error;
  };
  stream.on('error', fail);
  return {
    get isTTY() {
      return stream.isTTY;
    },
    write(text) {
      if (failure) return false;
      last = new Promise((resolve) => {
        try {
          stream.write(text, (error) => {
            if (error) fail(error);
            resolve();
          });
        } catch (error) {
          fail(error as Error);
          resolve();
        }
      });
      return true;
    },
    async flushed() {
      await last;
      return failure;
    },
  };
}
