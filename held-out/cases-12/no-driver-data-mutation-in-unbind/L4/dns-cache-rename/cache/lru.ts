// A small LRU-ish cache helper module.
export function clearCache<K, V>(cache: Map<K, V>): number {
  const evicted = cache.size;
  cache.clear();
  return evicted;
}

export function hitRate(hits: number, misses: number): number {
  return hits + misses === 0 ? 0 : hits / (hits + misses);
}
