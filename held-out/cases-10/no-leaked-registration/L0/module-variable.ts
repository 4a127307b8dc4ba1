// A codec stores its child registration only in a module-level singleton. [class 1]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
let current: auxiliary.Registration | undefined;

interface D {
  readonly codec: string;
}

export const drv4: pci.Driver<D> = {
  name: 'held10-c4',
  idTable: [{ vendor: 0x1af4, device: 0x1004 }],
  probe(pdev) {
    current = auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'); // expect: bindsafe/no-leaked-registration
    return { codec: 'hda' };
  },
};
