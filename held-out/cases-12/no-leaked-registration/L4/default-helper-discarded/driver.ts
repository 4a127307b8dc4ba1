// A PCI ethernet switch calls a default-exported helper for its PHY child and drops the returned registration on the floor.
import type { pci } from '@bindsafe/kernel';
import makePhy from './make-phy.js';

export const kszDriver: pci.Driver<{ readonly lanes: number }> = {
  name: 'ksz-lite',
  idTable: [{ vendor: 0x1055, device: 0x9477 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    for (const lane of [0, 1]) {
      makePhy(pdev.asRef(), lane); // expect: bindsafe/no-leaked-registration
    }
    return { lanes: 2 };
  },
};
