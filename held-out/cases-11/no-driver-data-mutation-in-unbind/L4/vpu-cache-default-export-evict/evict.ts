// A default-exported eviction helper: deletes every entry of a Map a predicate picks.
export default function evict<K, V>(cache: Map<K, V>, pick: (value: V, key: K) => boolean): K[] {
  const gone: K[] = [];
  for (const [key, value] of cache) {
    if (pick(value, key)) {
      cache.delete(key);
      gone.push(key);
    }
  }
  return gone;
}
