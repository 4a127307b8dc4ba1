/** A session registry that owns its Map; callers go through its methods. */
export class SessionRegistry<K, V> {
  readonly #items = new Map<K, V>();
  #sealed = false;

  static of<K, V>(entries: Iterable<readonly [K, V]>): SessionRegistry<K, V> {
    const registry = new SessionRegistry<K, V>();
    for (const [k, v] of entries) registry.set(k, v);
    return registry;
  }

  set(key: K, value: V): this {
    if (!this.#sealed) this.#items.set(key, value);
    return this;
  }

  delete(key: K): boolean {
    return this.#items.delete(key);
  }

  get size(): number {
    return this.#items.size;
  }

  seal(): void {
    this.#sealed = true;
  }
}
