/**
 * A problem with how bindsafe was asked to run (a usage, config or input error), as opposed to a
 * finding. The CLI prints `bindsafe: <message>` as one line and exits 2.
 *
 * Invariant: `message` is one line; further context goes in `details`, printed after it.
 */
export class BindsafeError extends Error {
  override readonly name = 'BindsafeError';
  readonly details: readonly string[];

  constructor(message: string, details: readonly string[] = []) {
    super(oneLine(message));
    this.details = details;
  }
}

/** Whether `error` is a `BindsafeError`, also across duplicated module instances. */
export function isBindsafeError(error: unknown): error is BindsafeError {
  return error instanceof BindsafeError || (error instanceof Error && error.name === 'BindsafeError');
}

/** Collapses line breaks so a cause always fits on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** The message of anything thrown, on one line. */
export function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return oneLine(thrown.message || thrown.name);
  return oneLine(String(thrown));
}

/** Whether `thrown` is the engine's "Maximum call stack size exceeded" (deep nesting). */
export function isStackOverflow(thrown: unknown): boolean {
  return thrown instanceof RangeError && /call stack/i.test(thrown.message);
}
