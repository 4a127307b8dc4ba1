// A barrel re-exports a spawn helper whose child is discarded. [class 1]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { spawn } from './lib/index.js';

interface D {
  readonly ok: boolean;
}

export const drv54: pci.Driver<D> = {
  name: 'held10-c54',
  idTable: [{ vendor: 0x1af4, device: 0x1036 }],
  probe(pdev) {
    spawn(pdev, 'mdio'); // expect: bindsafe/no-leaked-registration
    return { ok: true };
  },
};
