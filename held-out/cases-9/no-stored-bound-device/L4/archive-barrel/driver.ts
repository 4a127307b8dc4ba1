// A PCI tape drive archives its Bar through a helper re-exported by a barrel; the helper pushes it into a module array.
import type { pci } from '@bindsafe/kernel';
import { archive, archivedCount } from './lib/index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly generation: number }> = {
  name: 'held9-tape-archive',
  idTable: [{ vendor: 0x1077, device: 0x2532 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'tape').access(pdev.asRef());
    archive(bar); // expect: bindsafe/no-stored-bound-device
    return { bar, generation: archivedCount() };
  },
};
