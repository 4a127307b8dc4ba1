// Teardown helpers: dispose every resource of an iterable, newest first.
export function disposeAll(resources: readonly Disposable[]): number {
  let n = 0;
  for (let i = resources.length - 1; i >= 0; i--) {
    resources[i]?.[Symbol.dispose]();
    n++;
  }
  return n;
}
