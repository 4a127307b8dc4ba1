// A PCI NPU passes its Device<Core> to an imported helper that stores only a Device<Normal> handle.
import type { device, pci } from '@bindsafe/kernel';
import { indexDevice } from './lib/index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-normal-index',
  idTable: [{ vendor: 0x1af4, device: 0x1087 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-normal-index').access(pdev.asRef());
    indexDevice(pdev);
    return { bar };
  },
};
