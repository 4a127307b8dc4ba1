// A helper in another module fills a stack; probe keeps its move() result in the data.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { stackChildren } from './children.js';

interface D {
  readonly cleanup: DisposableStack;
}

export const drv63: pci.Driver<D> = {
  name: 'held10-c63',
  idTable: [{ vendor: 0x1af4, device: 0x103f }],
  probe(pdev) {
    return { cleanup: stackChildren(pdev, ['i2c', 'smbus']) };
  },
};
