// A builder from another module makes a bundle the data keeps.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { buildBundle, type Bundle } from './lib/index.js';

interface D {
  readonly bundle: Bundle;
}

export const drv60: pci.Driver<D> = {
  name: 'held10-c60',
  idTable: [{ vendor: 0x1af4, device: 0x103c }],
  probe(pdev) {
    const bundle = buildBundle(pdev);
    return { bundle };
  },
};
