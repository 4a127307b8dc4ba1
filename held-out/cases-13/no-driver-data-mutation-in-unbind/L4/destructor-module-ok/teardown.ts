export function disposeAll(resources: Iterable<Disposable>): number {
  let n = 0;
  for (const r of resources) {
    r[Symbol.dispose]();
    n++;
  }
  return n;
}
