export function prune<V>(table: Record<string, V>, keep: ReadonlySet<string>): string[] {
  const removed = Object.keys(table).filter((key) => !keep.has(key));
  for (const key of removed) delete table[key];
  return removed;
}
