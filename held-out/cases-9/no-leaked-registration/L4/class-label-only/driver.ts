// An interrupt controller builds an imported class through its static factory and keeps only its `label` getter.
import type { pci } from '@bindsafe/kernel';
import { IrqChip } from './child.js';

interface IntcData {
  readonly chipLabel: string;
}

export const intcDriver: pci.Driver<IntcData> = {
  name: 'held9-intc',
  idTable: [{ vendor: 0x1d6a, device: 0x07b1 }],
  probe(pdev) {
    const chipLabel = IrqChip.create(pdev.asRef(), 64).label; // expect: bindsafe/no-leaked-registration
    return { chipLabel };
  },
};
