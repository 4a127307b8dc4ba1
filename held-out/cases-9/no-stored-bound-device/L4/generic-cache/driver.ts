// A PCI storage driver puts its Device<Core> in an imported module-level generic LRU, reached through a barrel.
import type { pci } from '@bindsafe/kernel';
import { recentDevices } from './cache/index.js';

export const driver: pci.Driver<{ readonly queues: number }> = {
  name: 'held9-storage-lru',
  idTable: [{ vendor: 0x1c5c, device: 0x174a }],
  probe(pdev) {
    recentDevices.put(pdev.name, pdev); // expect: bindsafe/no-stored-bound-device
    return { queues: 8 };
  },
};
