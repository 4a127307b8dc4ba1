// A `.then` callback started in probe reads the Bar later, when the binding may be gone. [class 3] [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export const samples: number[] = [];

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held2-nsbd-then',
  idTable: [{ vendor: 0x1af4, device: 0x1121 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-then');
    const bar = regs.access(pdev.asRef());
    void pause(10).then(() => samples.push(bar.read32(0))); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
