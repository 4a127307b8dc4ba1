// A PCI GPU hands its Bar to an imported module-level service singleton whose method stores it into `this`.
import type { pci } from '@bindsafe/kernel';
import { powerService } from './power-service.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held-gpu-power-service',
  idTable: [{ vendor: 0x10de, device: 0x2684 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'gpu').access(pdev.asRef());
    powerService.attach(bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
