// probe calls a re-exported helper whose registration ends up only in that module's variable.
import type { devres, pci } from '@bindsafe/kernel';
import { attachDebug } from './index.js';

export const debugDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly debug: string }> = {
  name: 'held-debugged',
  idTable: [{ vendor: 0x10de, device: 0x2316 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-debugged');
    const debug = attachDebug(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { regs, debug };
  },
};
