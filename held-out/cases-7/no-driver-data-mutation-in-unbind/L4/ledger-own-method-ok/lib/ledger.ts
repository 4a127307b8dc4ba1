// A ledger of in-flight requests: mutated only through its own methods.
export class Ledger {
  readonly #open = new Set<number>();
  #closed = false;

  static empty(): Ledger {
    return new Ledger();
  }

  add(id: number): void {
    if (!this.#closed) this.#open.add(id);
  }

  close(): number {
    this.#closed = true;
    const n = this.#open.size;
    this.#open.clear();
    return n;
  }

  get size(): number {
    return this.#open.size;
  }
}

export function describe(ledger: Ledger): string {
  return `${ledger.size} open`;
}
