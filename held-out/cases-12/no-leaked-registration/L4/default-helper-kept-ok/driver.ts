// A PCI ethernet switch calls a default-exported helper for its PHY children and keeps every returned registration in its data.
import type { auxiliary, pci } from '@bindsafe/kernel';
import makePhy from './make-phy.js';

interface Ksz {
  readonly lanes: number;
  readonly phys: auxiliary.Registration[];
}

export const kszDriver: pci.Driver<Ksz> = {
  name: 'ksz-lite',
  idTable: [{ vendor: 0x1055, device: 0x9477 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const phys: auxiliary.Registration[] = [];
    for (const lane of [0, 1]) {
      phys.push(makePhy(pdev.asRef(), lane));
    }
    return { lanes: phys.length, phys };
  },
};
