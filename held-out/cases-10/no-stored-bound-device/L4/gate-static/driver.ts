// A PCI crypto engine constructs an imported Gate class whose constructor pushes this into a static array and keeps the BAR.
import type { device, pci } from '@bindsafe/kernel';
import { Gate } from './lib/index.js';

export const driver: pci.Driver<{ readonly bar: pci.Bar }> = {
  name: 'h10-gate-static',
  idTable: [{ vendor: 0x1af4, device: 0x1062 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'h10-gate-static').access(pdev.asRef());
    const gate = new Gate('aes', bar); // expect: bindsafe/no-stored-bound-device
    gate.poke();
    return { bar };
  },
};
