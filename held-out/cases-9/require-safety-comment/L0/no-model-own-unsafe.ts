// A plain utility module, no model import: its own unsafeAsBound method and stray SAFETY comments are none of bindsafe's business.
interface Handle {
  readonly id: number;
  bound: boolean;
}

export class HandleTable {
  readonly #items = new Map<number, Handle>();

  /** @unsafe The caller must know the id is present. */
  unsafeAsBound(id: number): Handle {
    return this.#items.get(id) as Handle;
  }

  add(id: number): void {
    this.#items.set(id, { id, bound: true });
  }
}

export function touch(table: HandleTable): boolean {
  table.add(1);
  // SAFETY: id 1 was added just above.
  return table.unsafeAsBound(1).bound;
}
