// [class 5] A PCI DMA driver calls an imported helper that arms a setTimeout over the BAR.
import type { device, pci } from '@bindsafe/kernel';
import { deferKick } from './lib/index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-deferred-timer',
  idTable: [{ vendor: 0x1af4, device: 0x1087 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-deferred-timer').access(pdev.asRef());
    deferKick(bar); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
