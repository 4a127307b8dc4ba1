// [class 2] A PCI SAS controller records a register snapshot through an imported helper that stores only numbers.
import type { pci } from '@bindsafe/kernel';
import { snapshot } from './metrics/index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly bootStatus: number }> = {
  name: 'held9-sas-snapshot',
  idTable: [{ vendor: 0x9005, device: 0x8074 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(1, 'sas').access(pdev.asRef());
    const { status } = snapshot(bar);
    return { bar, bootStatus: status };
  },
};
