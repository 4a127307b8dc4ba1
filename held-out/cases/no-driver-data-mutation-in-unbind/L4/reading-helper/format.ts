// Formatting helpers that only read.
export function joinQueue(queue: readonly string[], separator = ','): string {
  return queue.join(separator);
}
