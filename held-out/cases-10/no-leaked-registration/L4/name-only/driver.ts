// A helper returns the child; only its name reaches the data. [class 3]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { spawn } from './children.js';

interface D {
  readonly label: string;
}

export const drv56: pci.Driver<D> = {
  name: 'held10-c56',
  idTable: [{ vendor: 0x1af4, device: 0x1038 }],
  probe(pdev) {
    const child = spawn(pdev, 'wdt'); // expect: bindsafe/no-leaked-registration
    return { label: child.name };
  },
};
