// A static Set on a registry class collects probed devices: it outlives every binding. [class 8]
import type { device, pci } from '@bindsafe/kernel';

export class Registry {
  static readonly devices = new Set<pci.Device<device.Bound>>();
}

export const driver: pci.Driver<{ readonly rev: number }> = {
  name: 'held2-nsbd-static',
  idTable: [{ vendor: 0x1af4, device: 0x1101 }],
  probe(pdev) {
    Registry.devices.add(pdev); // expect: bindsafe/no-stored-bound-device
    return { rev: pdev.revision };
  },
};
