// A NIC driver passes its Bar to an imported tracker that concatenates it into a module array.
import type { pci } from '@bindsafe/kernel';
import { trackWindow } from './tracker.js';

export const driver: pci.Driver<{ readonly slot: number }> = {
  name: 'held-nic-track',
  idTable: [{ vendor: 0x14e4, device: 0x1657 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'nic').access(pdev.asRef());
    const slot = trackWindow(bar); // expect: bindsafe/no-stored-bound-device
    return { slot };
  },
};
