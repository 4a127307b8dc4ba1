// The same array returned in the driver data owns its children. [class 4]
import { auxiliary, type pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly children: auxiliary.Registration[] }> = {
  name: 'held-nlr-array-owned',
  idTable: [{ vendor: 0x10de, device: 0x3013 }],
  probe(pdev) {
    const children: auxiliary.Registration[] = [];
    for (const name of ['display', 'compute']) {
      children.push(auxiliary.Registration.new(pdev.asRef(), name, 0, 'held_core'));
    }
    return { children };
  },
};
