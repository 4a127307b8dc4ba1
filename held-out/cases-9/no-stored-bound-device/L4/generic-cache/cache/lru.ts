// Helper module: a small generic LRU cache class.
export class Lru<K, V> {
  readonly #entries = new Map<K, V>();

  constructor(private readonly limit: number) {}

  put(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.limit) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }

  get(key: K): V | undefined {
    return this.#entries.get(key);
  }
}
