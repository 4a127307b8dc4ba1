export function drain<T>(queue: T[]): T[] {
  return queue.splice(0, queue.length);
}

export function peek<T>(queue: readonly T[]): T | undefined {
  return queue[0];
}
