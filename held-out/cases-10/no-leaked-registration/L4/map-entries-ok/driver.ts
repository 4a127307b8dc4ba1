// A helper returns a Map of children; the data keeps its entries.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { spawnMap } from './lib/index.js';

interface D {
  readonly entries: [string, auxiliary.Registration][];
}

export const drv64: pci.Driver<D> = {
  name: 'held10-c64',
  idTable: [{ vendor: 0x1af4, device: 0x1040 }],
  probe(pdev) {
    const entries = [...spawnMap(pdev, 'x', 'y').entries()];
    return { entries };
  },
};
