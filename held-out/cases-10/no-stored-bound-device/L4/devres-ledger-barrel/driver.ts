// A PCI GPU stores its Devres<Bar> container through an imported ledger re-exported by a barrel.
import type { device, pci } from '@bindsafe/kernel';
import { record } from './lib/index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-devres-ledger-barrel',
  idTable: [{ vendor: 0x1af4, device: 0x1066 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-devres-ledger-barrel').access(pdev.asRef());
    record(pdev.iomapRegion(1, 'fb'));
    return { bar };
  },
};
