// A PCI accelerator registers its bound device with a module-level device registry object whose method keeps it in a #private array. [class 6]
import type { device, pci } from '@bindsafe/kernel';

class DevRegistry {
  #devs: device.Device<device.Bound>[] = [];

  add(dev: device.Device<device.Bound>): number {
    this.#devs.push(dev);
    return this.#devs.length - 1;
  }

  count(): number {
    return this.#devs.length;
  }
}

const g_accel_registry = new DevRegistry();

interface AccelData {
  readonly minor: number;
}

export function accel_count(): number {
  return g_accel_registry.count();
}

export const accel_driver: pci.Driver<AccelData> = {
  name: 'accel_pci',
  idTable: [{ vendor: 0x1e52, device: 0x0100 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const minor = g_accel_registry.add(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { minor };
  },
};
