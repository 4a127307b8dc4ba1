// A Map of children is owned by the driver data.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly children: Map<string, auxiliary.Registration>;
}

export const drv9: pci.Driver<D> = {
  name: 'held10-c9',
  idTable: [{ vendor: 0x1af4, device: 0x1009 }],
  probe(pdev) {
    const children = new Map<string, auxiliary.Registration>();
    children.set('gpio', auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'));
    return { children };
  },
};
