// A process-wide registry singleton that adopts parents for later lookups.
import type { device, pci } from '@bindsafe/kernel';

export class Registry {
  static #instance: Registry | undefined;
  readonly #parents = new Set<pci.Device<device.Bound>>();

  static shared(): Registry {
    return (Registry.#instance ??= new Registry());
  }

  adopt(p: pci.Device<device.Bound>): void {
    this.#parents.add(p);
  }
}
