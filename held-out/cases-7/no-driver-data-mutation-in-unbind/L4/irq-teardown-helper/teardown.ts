// Teardown helpers shared by the camera drivers.
export function release(...resources: Disposable[]): void {
  for (const r of resources) r[Symbol.dispose]();
}
