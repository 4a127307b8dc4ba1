// A generic timing helper that runs its callback once, synchronously.
export function measure<T>(label: string, fn: () => T, sink: (label: string, ms: number) => void): T {
  const start = Date.now();
  try {
    return fn();
  } finally {
    sink(label, Date.now() - start);
  }
}
