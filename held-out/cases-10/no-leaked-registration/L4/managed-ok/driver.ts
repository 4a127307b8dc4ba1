// A helper module ties the child to devres.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { spawnManaged } from './children.js';

interface D {
  readonly name: string;
}

export const drv55: pci.Driver<D> = {
  name: 'held10-c55',
  idTable: [{ vendor: 0x1af4, device: 0x1037 }],
  probe(pdev) {
    return { name: spawnManaged(pdev, 'thermal') };
  },
};
