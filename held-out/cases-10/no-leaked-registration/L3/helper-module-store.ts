// A helper stores the child in a module-level array. [class 1]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
const children: auxiliary.Registration[] = [];

function attach(parent: pci.Device<device.Bound>, id: number): number {
  return children.push(auxiliary.Registration.new(parent.asRef(), 'slot', id, 'held10'));
}

interface D {
  readonly slot: number;
}

export const drv44: pci.Driver<D> = {
  name: 'held10-c44',
  idTable: [{ vendor: 0x1af4, device: 0x102c }],
  probe(pdev) {
    const slot = attach(pdev, 1); // expect: bindsafe/no-leaked-registration
    return { slot };
  },
};
