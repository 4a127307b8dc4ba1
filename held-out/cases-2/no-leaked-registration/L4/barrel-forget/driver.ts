// probe asks a barrel helper to populate children; two modules down they are made and dropped on the floor. [class 3] [class 4]
import type { pci } from '@bindsafe/kernel';
import { populate } from './index.js';

export const driver: pci.Driver<{ readonly populated: number }> = {
  name: 'held2-nlr-barrel',
  idTable: [{ vendor: 0x8086, device: 0x5040 }],
  probe(pdev) {
    const populated = populate(pdev.asRef(), ['held2-a', 'held2-b']); // expect: bindsafe/no-leaked-registration
    return { populated };
  },
};
