// A conditional chooses between two Bars; the chosen one is set on a module-level Map. [class 6] [class 7]
import type { devres, pci } from '@bindsafe/kernel';

const doorbells = new Map<number, pci.Bar>();

export const driver: pci.Driver<{ readonly regs: readonly devres.Devres<pci.Bar>[] }> = {
  name: 'held2-nsbd-ternary',
  idTable: [{ vendor: 0x1af4, device: 0x1113 }],
  probe(pdev) {
    const bar0 = pdev.iomapRegion(0, 'held2-bar0');
    const bar2 = pdev.iomapRegion(2, 'held2-bar2');
    const dev = pdev.asRef();
    const db = pdev.revision > 1 ? bar2.access(dev) : bar0.access(dev);
    doorbells.set(pdev.deviceId, db); // expect: bindsafe/no-stored-bound-device
    return { regs: [bar0, bar2] };
  },
};
