import type { pci } from '@bindsafe/kernel';

export class Registry {
  static #instance: Registry | undefined;
  readonly #parents = new Set<pci.Device>();

  static shared(): Registry {
    return (Registry.#instance ??= new Registry());
  }

  adopt(parent: pci.Device): number {
    this.#parents.add(parent);
    return this.#parents.size;
  }
}
