// The bridge from a default-exported factory goes into an imported driver-data class that drops it. [class 4]
import type { pci } from '@bindsafe/kernel';
import makeBridge from './bridge.js';
import { NtbData } from './ntb-data.js';

export const ntbDriver: pci.Driver<NtbData> = {
  name: 'ntb-lite',
  idTable: [{ vendor: 0x1022, device: 0x145b }],
  probe(pdev) {
    return new NtbData(makeBridge(pdev.asRef()), 2);
  },
};
