// Lane children from an imported helper are kept in a local Set; the data gets only its size. [class 4]
import type { pci } from '@bindsafe/kernel';
import { openLanes } from './lanes.js';

export const retimerDriver: pci.Driver<{ readonly lanes: number }> = {
  name: 'retimer',
  idTable: [{ vendor: 0x8086, device: 0x15ef }],
  probe(pdev) {
    const lanes = new Set(openLanes(pdev.asRef(), 4)); // expect: bindsafe/no-leaked-registration
    return { lanes: lanes.size };
  },
};
