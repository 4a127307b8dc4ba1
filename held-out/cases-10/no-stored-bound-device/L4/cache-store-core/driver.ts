// A PCI camera passes its Device<Core> to an imported cache keyed by a WeakMap held at module level.
import type { device, pci } from '@bindsafe/kernel';
import { cacheOwner } from './lib/index.js';
export const KEY = {};
export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-cache-store-core',
  idTable: [{ vendor: 0x1af4, device: 0x1086 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-cache-store-core').access(pdev.asRef());
    cacheOwner(KEY, pdev); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
