// A PCI HBA calls an imported validator that throws a custom error class after reading the BAR; nothing is stored.
import type { device, pci } from '@bindsafe/kernel';
import { validate, ProbeError } from './lib/index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-validate-borrow',
  idTable: [{ vendor: 0x1af4, device: 0x1036 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-validate-borrow').access(pdev.asRef());
    validate(bar);
    return { bar };
  },
};
