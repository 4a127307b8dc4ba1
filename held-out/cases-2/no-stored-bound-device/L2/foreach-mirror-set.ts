// Inside a synchronous forEach callback the Bar is set on a module-level mirror table. [class 3] [class 7]
import type { devres, pci } from '@bindsafe/kernel';

const mirrors = new Map<number, pci.Bar>();

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held2-nsbd-foreach',
  idTable: [{ vendor: 0x1af4, device: 0x1122 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-foreach');
    const bar = regs.access(pdev.asRef());
    [0, 1, 2].forEach((slot) => {
      mirrors.set(slot, bar); // expect: bindsafe/no-stored-bound-device
    });
    return { regs };
  },
};
