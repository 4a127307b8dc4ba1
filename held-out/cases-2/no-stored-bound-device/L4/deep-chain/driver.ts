// probe hands its Bar to a helper reached through a barrel; two modules later it is kept. [class 3] [class 6]
import type { devres, pci } from '@bindsafe/kernel';
import { publish } from './index.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held2-nsbd-deep',
  idTable: [{ vendor: 0x1af4, device: 0x1140 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-deep');
    publish(pdev.name, regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
