// A PCI accelerator builds an imported CommandRing over its Bar in probe and keeps the ring in its driver data.
import type { pci } from '@bindsafe/kernel';
import { CommandRing } from './ring.js';

export const driver: pci.Driver<{ readonly ring: CommandRing }> = {
  name: 'held-accel-ring',
  idTable: [{ vendor: 0x8086, device: 0x0b25 }],
  probe(pdev) {
    const ring = CommandRing.over(pdev.iomapRegion(0, 'accel').access(pdev.asRef()), 128);
    ring.submit(0x1);
    return { ring };
  },
};
