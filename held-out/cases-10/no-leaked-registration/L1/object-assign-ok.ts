// Object.assign fills the data with the child.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly id: number;
  child?: auxiliary.Registration;
}

export const drv23: pci.Driver<D> = {
  name: 'held10-c23',
  idTable: [{ vendor: 0x1af4, device: 0x1017 }],
  probe(pdev) {
    const data: D = { id: 7 };
    Object.assign(data, { child: auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10') });
    return data;
  },
};
