// A PCI thunderbolt bridge adds its Device<Normal> handle to an imported module-level catalog.
import type { pci } from '@bindsafe/kernel';
import { addToCatalog } from './index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held8-tbt-catalog',
  idTable: [{ vendor: 0x8086, device: 0x15ea }],
  probe(pdev) {
    addToCatalog(pdev.toNormal());
    return { bar: pdev.iomapRegion(0, 'tbt').access(pdev.asRef()) };
  },
};
