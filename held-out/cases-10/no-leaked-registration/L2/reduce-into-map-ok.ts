// reduce builds a Map of children the data owns.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly byId: Map<number, auxiliary.Registration>;
}

export const drv35: pci.Driver<D> = {
  name: 'held10-c35',
  idTable: [{ vendor: 0x1af4, device: 0x1023 }],
  probe(pdev) {
    const byId = [0, 1].reduce((acc, id) => acc.set(id, auxiliary.Registration.new(pdev.asRef(), 'ch', id, 'held10')), new Map<number, auxiliary.Registration>());
    return { byId };
  },
};
