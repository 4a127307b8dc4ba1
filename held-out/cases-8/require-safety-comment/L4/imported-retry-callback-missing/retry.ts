// Helper module: a generic retry helper that calls its callback a few times during the call.
export class RetryError extends Error {
  constructor(readonly attempts: number, options?: ErrorOptions) {
    super(`gave up after ${attempts} attempts`, options);
  }
}

export function withRetry<T>(fn: (attempt: number) => T, attempts = 3): T {
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return fn(attempt);
    } catch (err) {
      last = err;
    }
  }
  throw new RetryError(attempts, { cause: last });
}
