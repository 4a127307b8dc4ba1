// An NTB driver calls a default-exported bridge factory and ignores the registration it returns. [class 4]
import type { pci } from '@bindsafe/kernel';
import makeBridge from './bridge.js';

export const ntbDriver: pci.Driver<{ readonly windows: number }> = {
  name: 'ntb-lite',
  idTable: [{ vendor: 0x1022, device: 0x145b }],
  probe(pdev) {
    void makeBridge(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { windows: 2 };
  },
};
