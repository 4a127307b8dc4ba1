/** Watches a promise so a test can ask whether it has settled yet, without awaiting it. */
export function watch<T>(promise: Promise<T>): { readonly settled: boolean; readonly promise: Promise<T> } {
  const state = { settled: false, promise };
  promise.then(
    () => (state.settled = true),
    () => (state.settled = true),
  );
  return state;
}

/** `file:line` of the caller (for comparing with the sites the model records). */
export function here(): string {
  const frame = new Error().stack?.split('\n')[2] ?? '';
  const match = /([^\s(]+):(\d+):\d+\)?$/.exec(frame);
  return match ? `${match[1]?.split('/').pop() ?? ''}:${match[2] ?? ''}` : '';
}

/** What `promise` rejects with, or `undefined` when it fulfils (for comparing errors). */
export function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}
