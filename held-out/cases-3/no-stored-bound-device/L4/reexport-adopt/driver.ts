// probe hands its device to a re-exported helper that keeps it in a module Set.
import type { pci } from '@bindsafe/kernel';
import { adopt } from './index.js';

export const listedDriver: pci.Driver<{ readonly name: string }> = {
  name: 'held-listed',
  idTable: [{ vendor: 0x1af4, device: 0x1041 }],
  probe(pdev) {
    adopt(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { name: pdev.name };
  },
};
