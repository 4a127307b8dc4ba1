// Children kept in a local array the data does not own; only their count is kept. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly childCount: number }> = {
  name: 'held-nlr-local-array',
  idTable: [{ vendor: 0x10de, device: 0x3011 }],
  probe(pdev) {
    const children: auxiliary.Registration[] = [];
    children.push(auxiliary.Registration.new(pdev.asRef(), 'gpu-aux', 0, 'held_core')); // expect: bindsafe/no-leaked-registration
    return { childCount: children.length };
  },
};
