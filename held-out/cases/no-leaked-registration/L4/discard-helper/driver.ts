// probe keeps only the name of what the imported helper returns.
import type { pci } from '@bindsafe/kernel';
import { createDisplay } from './children.js';

export const driver: pci.Driver<{ readonly display: string }> = {
  name: 'held-nlr-l4-discard',
  idTable: [{ vendor: 0x10de, device: 0x3042 }],
  probe(pdev) {
    const display = createDisplay(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { display: display.name };
  },
};
