// The PHY registry is an instance probe creates and the driver data owns (imported via a barrel). [class 4, 6]
import type { pci } from '@bindsafe/kernel';
import { PhyRegistry } from './lib/index.js';

export const phyDriver: pci.Driver<{ readonly phys: PhyRegistry; readonly first: string }> = {
  name: 'pcie-phy',
  idTable: [{ vendor: 0x1e0f, device: 0x0007 }],
  probe(pdev) {
    const phys = new PhyRegistry();
    const first = phys.track(pdev.asRef(), 0);
    phys.track(pdev.asRef(), 1);
    return { phys, first };
  },
};
