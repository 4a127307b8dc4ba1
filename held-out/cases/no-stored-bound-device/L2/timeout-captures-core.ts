// A deferred log line captures probe's Device<Core>.
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly name: string }> = {
  name: 'held-l2-timeout',
  idTable: [{ vendor: 0x1b36, device: 0x0030 }],
  probe(pdev) {
    setTimeout(() => pdev.asRef().info('probe finished a second ago'), 1000); // expect: bindsafe/no-stored-bound-device
    return { name: pdev.name };
  },
};
