// A process-wide registry of GPU parents, reached through a singleton accessor.
import type { device, pci } from '@bindsafe/kernel';

export class ParentRegistry {
  static #instance: ParentRegistry | undefined;
  readonly #parents = new Map<string, pci.Device<device.Bound>>();

  static shared(): ParentRegistry {
    return (ParentRegistry.#instance ??= new ParentRegistry());
  }

  adopt(key: string, parent: pci.Device<device.Bound>): void {
    this.#parents.set(key, parent);
  }

  keys(): string[] {
    return [...this.#parents.keys()];
  }
}
