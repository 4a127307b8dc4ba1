// Children are kept in a local Map whose size alone is returned. [class 2]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';

interface D {
  readonly count: number;
}

export const drv8: pci.Driver<D> = {
  name: 'held10-c8',
  idTable: [{ vendor: 0x1af4, device: 0x1008 }],
  probe(pdev) {
    const byName = new Map<string, auxiliary.Registration>();
    byName.set('a', auxiliary.Registration.new(pdev.asRef(), 'child', 0, 'held10')); // expect: bindsafe/no-leaked-registration
    return { count: byName.size };
  },
};
