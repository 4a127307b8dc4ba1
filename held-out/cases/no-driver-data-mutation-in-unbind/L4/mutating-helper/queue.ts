// Queue utilities shared by the driver's modules.
export function drainInto<T>(queue: T[], sink: (item: T) => void): number {
  let n = 0;
  while (queue.length > 0) {
    sink(queue.shift() as T);
    n++;
  }
  return n;
}
