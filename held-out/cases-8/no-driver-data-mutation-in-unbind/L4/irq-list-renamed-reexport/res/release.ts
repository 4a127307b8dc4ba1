/** Disposes every resource it is given, in order. */
export function disposeAll(items: Iterable<Disposable>): number {
  let n = 0;
  for (const item of items) {
    item[Symbol.dispose]();
    n++;
  }
  return n;
}
