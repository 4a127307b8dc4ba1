// An imported helper creates children and forgets them.
import type { pci } from '@bindsafe/kernel';
import { announceChildren } from './children.js';

export const driver: pci.Driver<{ readonly children: number }> = {
  name: 'held-nlr-l4-forget',
  idTable: [{ vendor: 0x10de, device: 0x3040 }],
  probe(pdev) {
    const children = announceChildren(pdev.asRef(), ['display', 'audio']); // expect: bindsafe/no-leaked-registration
    return { children };
  },
};
