import type { pci } from '@bindsafe/kernel';

/** Keeps the BARs it is given, for a post-mortem register dump. */
export default class Ledger {
  readonly #bars: pci.Bar[] = [];
  keep(bar: pci.Bar): this {
    this.#bars.push(bar);
    return this;
  }
  dump(offset: number): number[] {
    return this.#bars.map((bar) => bar.read32(offset));
  }
}

export const ledger = new Ledger();
