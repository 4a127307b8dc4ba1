export function releaseAll(...resources: readonly Disposable[]): number {
  let released = 0;
  for (const resource of resources) {
    resource[Symbol.dispose]();
    released++;
  }
  return released;
}
