import type { pci } from '@bindsafe/kernel';

/** Keeps register words read from the BARs it is shown, for a post-mortem dump. */
export default class Ledger {
  readonly #words: number[] = [];
  sample(bar: pci.Bar, offsets: readonly number[]): this {
    this.#words.push(...offsets.map((off) => bar.read32(off)));
    return this;
  }
  dump(): readonly number[] {
    return [...this.#words];
  }
}

export const ledger = new Ledger();
