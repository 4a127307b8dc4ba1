// A PCIe PHY driver tracks its children through a barrel-exported module-level registry. [class 4, 6]
import type { pci } from '@bindsafe/kernel';
import { trackPhy } from './lib/index.js';

export const phyDriver: pci.Driver<{ readonly phy: string }> = {
  name: 'pcie-phy',
  idTable: [{ vendor: 0x1e0f, device: 0x0007 }],
  probe(pdev) {
    const phy = trackPhy(pdev.asRef(), 0); // expect: bindsafe/no-leaked-registration
    return { phy };
  },
};
