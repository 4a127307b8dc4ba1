/** Empties the list stored under `key` and removes the key. */
export const evict = <K, V>(table: Map<K, V[]>, key: K): number => {
  const list = table.get(key);
  const n = list?.splice(0).length ?? 0;
  table.delete(key);
  return n;
};
