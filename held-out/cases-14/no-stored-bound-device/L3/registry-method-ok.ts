// A PCI accelerator registers its bound device with a registry object probe creates and the driver data keeps. [class 4]
import type { device, pci } from '@bindsafe/kernel';

class DevRegistry {
  #devs: device.Device<device.Bound>[] = [];

  add(dev: device.Device<device.Bound>): number {
    this.#devs.push(dev);
    return this.#devs.length - 1;
  }
}

interface AccelData {
  readonly minor: number;
  readonly registry: DevRegistry;
}

export const accel_driver: pci.Driver<AccelData> = {
  name: 'accel_pci',
  idTable: [{ vendor: 0x1e52, device: 0x0100 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const registry = new DevRegistry();
    const minor = registry.add(pdev.asRef());
    return { minor, registry };
  },
};
