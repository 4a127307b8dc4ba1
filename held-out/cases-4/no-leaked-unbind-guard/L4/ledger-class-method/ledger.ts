// The helper module: a ledger class whose `add` keeps the parent in a private array; a module-level instance is exported.
import type { device, pci } from '@bindsafe/kernel';

export class ParentLedger {
  readonly #entries: pci.Device<device.Bound>[] = [];

  add(parent: pci.Device<device.Bound>): number {
    this.#entries.push(parent);
    return this.#entries.length;
  }

  get size(): number {
    return this.#entries.length;
  }
}

export const ledger = new ParentLedger();
