// A PCI mailbox makes an imported Ring in probe, pushes its BAR into it and keeps the ring in the data.
import type { device, pci } from '@bindsafe/kernel';
import { Ring } from './lib/index.js';

export const driver: pci.Driver<{ readonly ring: Ring<pci.Bar> }> = {
  name: 'h10-local-ring-owned',
  idTable: [{ vendor: 0x1af4, device: 0x1076 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-local-ring-owned').access(pdev.asRef());
    const ring = new Ring<pci.Bar>();
    ring.push(bar);
    return { ring };
  },
};
