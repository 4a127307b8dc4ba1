// A copy of a local Map is owned by the data.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly table: Map<number, auxiliary.Registration>;
}

export const drv25: pci.Driver<D> = {
  name: 'held10-c25',
  idTable: [{ vendor: 0x1af4, device: 0x1019 }],
  probe(pdev) {
    const local = new Map<number, auxiliary.Registration>();
    local.set(0, auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'));
    return { table: new Map(local) };
  },
};
