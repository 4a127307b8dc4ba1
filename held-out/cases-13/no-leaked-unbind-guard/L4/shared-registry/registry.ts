import type { device, pci } from '@bindsafe/kernel';

export class Registry {
  static #instance: Registry | undefined;
  readonly #parents = new Set<pci.Device<device.Bound>>();

  static shared(): Registry {
    return (Registry.#instance ??= new Registry());
  }

  adopt(parent: pci.Device<device.Bound>): number {
    this.#parents.add(parent);
    return this.#parents.size;
  }
}
