// A static factory from another module opens a lease declared with `using`; its dispose never drops the child. [class 1]
import type { pci } from '@bindsafe/kernel';
import { ScrubLease } from './lease.js';

export const edacDriver: pci.Driver<{ readonly scrubbed: string }> = {
  name: 'edac-lite',
  idTable: [{ vendor: 0x8086, device: 0x2088 }],
  probe(pdev) {
    using lease = ScrubLease.open(pdev.asRef()); // expect: bindsafe/no-leaked-registration
    return { scrubbed: lease.child.name };
  },
};
