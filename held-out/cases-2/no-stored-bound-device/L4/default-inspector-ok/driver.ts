// A default-exported inspector class from another module reads the Bar in probe, keeps nothing. [class 3] [class 7]
import type { devres, pci } from '@bindsafe/kernel';
import Inspector from './inspector.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly report: string }> = {
  name: 'held2-nsbd-inspector',
  idTable: [{ vendor: 0x1af4, device: 0x1141 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-inspector');
    const report = new Inspector(4).inspect(regs.access(pdev.asRef()));
    return { regs, report };
  },
};
