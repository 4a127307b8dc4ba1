// A barrel re-exports a spawn helper; the data keeps the child.
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { spawn } from './lib/index.js';

interface D {
  readonly child: auxiliary.Registration;
}

export const drv53: pci.Driver<D> = {
  name: 'held10-c53',
  idTable: [{ vendor: 0x1af4, device: 0x1035 }],
  probe(pdev) {
    return { child: spawn(pdev, 'mdio') };
  },
};
