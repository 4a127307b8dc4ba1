// The abstract base every PCI driver of the subsystem extends: it remembers the device it serves.
import type { device, pci } from '@bindsafe/kernel';

export abstract class SubsystemDriver<D> implements pci.Driver<D> {
  abstract readonly name: string;
  abstract readonly idTable: readonly pci.IdEntry[];
  #current: device.Device<device.Bound> | undefined;

  protected keep(dev: device.Device<device.Bound>): void {
    this.#current = dev;
  }

  get currentName(): string | undefined {
    return this.#current?.name;
  }

  abstract probe(pdev: pci.Device<device.Core>, info: unknown): D;
}
