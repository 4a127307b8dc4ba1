// A helper returns a Map of children; only its keys reach the data. [class 3]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { spawnMap } from './lib/index.js';

interface D {
  readonly names: string[];
}

export const drv65: pci.Driver<D> = {
  name: 'held10-c65',
  idTable: [{ vendor: 0x1af4, device: 0x1041 }],
  probe(pdev) {
    const byName = spawnMap(pdev, 'x', 'y'); // expect: bindsafe/no-leaked-registration
    return { names: [...byName.keys()] };
  },
};
