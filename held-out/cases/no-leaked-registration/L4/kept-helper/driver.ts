// probe keeps what the imported helper returns.
import type { auxiliary, pci } from '@bindsafe/kernel';
import { createChildren } from './children.js';

export const driver: pci.Driver<{ readonly children: auxiliary.Registration[] }> = {
  name: 'held-nlr-l4-kept',
  idTable: [{ vendor: 0x10de, device: 0x3041 }],
  probe(pdev) {
    return { children: createChildren(pdev.asRef(), ['display', 'audio']) };
  },
};
