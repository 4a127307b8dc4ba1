// A PCI framebuffer asks an imported helper to flush its Bar later; the helper captures it in a timer.
import type { pci } from '@bindsafe/kernel';
import { scheduleFlush, type FlushOptions } from './index.js';

const options: FlushOptions = { delayMs: 16 };

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'held8-fb-flush',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'fb').access(pdev.asRef());
    scheduleFlush(bar, options); // expect: bindsafe/no-stored-bound-device
    return { bar };
  },
};
