// Only the child name reaches the driver data. [class 3]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly childName: string;
}

export const drv6: pci.Driver<D> = {
  name: 'held10-c6',
  idTable: [{ vendor: 0x1af4, device: 0x1006 }],
  probe(pdev) {
    const reg = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'); // expect: bindsafe/no-leaked-registration
    return { childName: reg.name };
  },
};
