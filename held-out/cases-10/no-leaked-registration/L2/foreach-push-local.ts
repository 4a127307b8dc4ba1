// forEach pushes children into a local array that is never returned. [class 2]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly lanes: number;
}

export const drv30: pci.Driver<D> = {
  name: 'held10-c30',
  idTable: [{ vendor: 0x1af4, device: 0x101e }],
  probe(pdev) {
    const lanes: auxiliary.Registration[] = [];
    ['rx', 'tx'].forEach((name, i) => {
      lanes.push(auxiliary.Registration.new(pdev.asRef(), name, i, 'held10')); // expect: bindsafe/no-leaked-registration
    });
    return { lanes: lanes.length };
  },
};
