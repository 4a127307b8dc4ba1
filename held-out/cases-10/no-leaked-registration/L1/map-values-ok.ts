// The values of a local Map reach the data.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly all: auxiliary.Registration[];
}

export const drv20: pci.Driver<D> = {
  name: 'held10-c20',
  idTable: [{ vendor: 0x1af4, device: 0x1014 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    byName.set('spi', auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10'));
    return { all: [...byName.values()] };
  },
};
