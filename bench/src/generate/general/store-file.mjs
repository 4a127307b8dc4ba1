// @ts-check
/** Stores: generic classes over `Map`/`Set` with listeners, an LRU cache, grouping helpers. */

/** @typedef {import('../plan.mjs').FileSpec} FileSpec */
/** @typedef {import('../source-writer.mjs').SourceWriter} SourceWriter */

/** @param {SourceWriter} w @param {FileSpec} spec */
export function writeStore(w, spec) {
  const i = spec.index;
  w.add(`export interface Keyed${i} {
  readonly id: number;
}

/** An in-memory store of keyed items that notifies listeners of additions. */
export class Store${i}<T extends Keyed${i}> {
  readonly #items = new Map<number, T>();
  readonly #listeners: Array<(item: T) => void> = [];
  #version = 0;

  add(item: T): this {
    this.#items.set(item.id, item);
    this.#version++;
    for (const listener of this.#listeners) listener(item);
    return this;
  }

  get(id: number): T | undefined {
    return this.#items.get(id);
  }

  remove(id: number): boolean {
    const had = this.#items.delete(id);
    if (had) this.#version++;
    return had;
  }

  onAdd(listener: (item: T) => void): () => void {
    this.#listeners.push(listener);
    return () => {
      const at = this.#listeners.indexOf(listener);
      if (at >= 0) this.#listeners.splice(at, 1);
    };
  }

  filter(predicate: (item: T) => boolean): T[] {
    return [...this.#items.values()].filter(predicate);
  }

  async loadAll(ids: readonly number[], fetch: (id: number) => Promise<T>): Promise<T[]> {
    const items = await Promise.all(ids.map((id) => fetch(id)));
    for (const item of items) this.add(item);
    return items;
  }

  get size(): number {
    return this.#items.size;
  }

  get version(): number {
    return this.#version;
  }

  *[Symbol.iterator](): Generator<T, void, undefined> {
    yield* this.#items.values();
  }
}

/** A store that also indexes its items by tag. */
export class IndexedStore${i}<T extends Keyed${i} & { readonly tag: string }> extends Store${i}<T> {
  readonly #byTag = new Map<string, Set<number>>();

  override add(item: T): this {
    super.add(item);
    let ids = this.#byTag.get(item.tag);
    if (!ids) {
      ids = new Set<number>();
      this.#byTag.set(item.tag, ids);
    }
    ids.add(item.id);
    return this;
  }

  tagged(tag: string): T[] {
    return [...(this.#byTag.get(tag) ?? [])].flatMap((id) => {
      const item = this.get(id);
      return item ? [item] : [];
    });
  }
}

export function groupBy${i}<T, K extends PropertyKey>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const bucket = out.get(k);
    if (bucket) bucket.push(item);
    else out.set(k, [item]);
  }
  return out;
}`);
  if (spec.extra >= 1) {
    w.add(`
/** A bounded cache that evicts the least recently used entry. */
export class LruCache${i}<K, V> {
  readonly #entries = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.capacity) {
      const oldest = this.#entries.keys().next();
      if (!oldest.done) this.#entries.delete(oldest.value);
    }
  }
}`);
  }
  if (spec.extra >= 2) {
    w.add(`
export function diff${i}<T extends Keyed${i}>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } {
  const was = new Set(before.map((x) => x.id));
  const now = new Set(after.map((x) => x.id));
  return { added: after.filter((x) => !was.has(x.id)), removed: before.filter((x) => !now.has(x.id)) };
}`);
  }
}
