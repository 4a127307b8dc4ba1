// A PCI SCSI adapter records its Bar in a ring buffer imported through a barrel; the ring is module-level.
import type { pci } from '@bindsafe/kernel';
import { record } from './index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly slot: number }> = {
  name: 'held8-scsi-ring',
  idTable: [{ vendor: 0x1000, device: 0x0030 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(1, 'scsi').access(pdev.asRef());
    const slot = record(bar); // expect: bindsafe/no-stored-bound-device
    return { bar, slot };
  },
};
