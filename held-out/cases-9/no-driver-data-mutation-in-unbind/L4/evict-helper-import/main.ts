// A PCI firmware loader evicts cached blobs from its data's Map through an imported overloaded helper.
import type { pci } from '@bindsafe/kernel';
import { evict } from './cache.js';

interface FwData {
  readonly blobs: Map<string, Uint8Array>;
}

export const fwDriver: pci.Driver<FwData> = {
  name: 'h9-fw',
  idTable: [{ vendor: 0x8086, device: 0x2725 }],
  probe() {
    return { blobs: new Map([['ucode', new Uint8Array(16)], ['pnvm', new Uint8Array(8)]]) };
  },
  unbind(_pdev, data) {
    evict(data.blobs, ['ucode', 'pnvm']); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
