// Only the keys of a local Map reach the data. [class 3]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly names: string[];
}

export const drv19: pci.Driver<D> = {
  name: 'held10-c19',
  idTable: [{ vendor: 0x1af4, device: 0x1013 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    byName.set('uart', auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10')); // expect: bindsafe/no-leaked-registration
    return { names: [...byName.keys()] };
  },
};
