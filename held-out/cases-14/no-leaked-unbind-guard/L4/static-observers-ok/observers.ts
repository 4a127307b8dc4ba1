import type { pci } from '@bindsafe/kernel';

/** The process-wide list of device handles that power-event observers are told about. */
export abstract class PowerObservers {
  static readonly #watched: pci.Device[] = [];

  static add(dev: pci.Device): number {
    return PowerObservers.#watched.push(dev);
  }

  static names(): string[] {
    return PowerObservers.#watched.map((d) => d.name);
  }
}
