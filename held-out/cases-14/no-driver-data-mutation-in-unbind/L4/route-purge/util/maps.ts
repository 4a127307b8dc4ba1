export class Maps {
  private constructor() {}
  static purge<K, V>(map: Map<K, V>, stale: (value: V, key: K) => boolean): K[] {
    const removed: K[] = [];
    for (const [key, value] of map) {
      if (stale(value, key)) {
        map.delete(key);
        removed.push(key);
      }
    }
    return removed;
  }
  static keysOf<K, V>(map: ReadonlyMap<K, V>): K[] {
    return [...map.keys()];
  }
}
