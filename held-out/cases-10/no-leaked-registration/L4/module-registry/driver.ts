// A helper module keeps children in its own module-level Map. [class 1]
import { auxiliary, devres, type device, type pci } from '@bindsafe/kernel';
import { enroll } from './children.js';

interface D {
  readonly key: string;
}

export const drv59: pci.Driver<D> = {
  name: 'held10-c59',
  idTable: [{ vendor: 0x1af4, device: 0x103b }],
  probe(pdev) {
    return { key: enroll(pdev, 'rtc') }; // expect: bindsafe/no-leaked-registration
  },
};
