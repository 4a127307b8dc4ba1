// A callback probe runs pushes each child into a module-level array.
import { auxiliary, type pci } from '@bindsafe/kernel';

const allChildren: auxiliary.Registration[] = [];

export const driver: pci.Driver<{ readonly total: number }> = {
  name: 'held-nlr-module-array',
  idTable: [{ vendor: 0x10de, device: 0x3023 }],
  probe(pdev) {
    [0, 1].forEach((i) => allChildren.push(auxiliary.Registration.new(pdev.asRef(), 'port', i, 'held_core'))); // expect: bindsafe/no-leaked-registration
    return { total: allChildren.length };
  },
};
