// A PCI TPM-like device identifies its chip through an imported helper that only reads the Bar.
import type { pci } from '@bindsafe/kernel';
import { readChipId, UnknownChipError } from './index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly chip: number }> = {
  name: 'held8-tpm-chip-id',
  idTable: [{ vendor: 0x1d6a, device: 0x0001 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'tpm').access(pdev.asRef());
    try {
      return { bar, chip: readChipId(bar) };
    } catch (err) {
      if (err instanceof UnknownChipError) return { bar, chip: -1 };
      throw err;
    }
  },
};
