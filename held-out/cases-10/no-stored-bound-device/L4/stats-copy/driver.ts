// A PCI power meter passes its BAR to an imported helper that records only numbers it reads.
import type { device, pci } from '@bindsafe/kernel';
import { sample } from './lib/index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-stats-copy',
  idTable: [{ vendor: 0x1af4, device: 0x1036 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-stats-copy').access(pdev.asRef());
    sample(bar);
    return { bar };
  },
};
