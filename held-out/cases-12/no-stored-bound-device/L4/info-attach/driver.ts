// A NIC driver lets an imported quirk helper write the ring BAR into the id-table info object [class 6]
import type { devres, pci } from '@bindsafe/kernel';
import { attachRing, quirks, type Quirk } from './quirks.js';

export const nicDriver: pci.Driver<{ readonly ring: devres.Devres<pci.Bar> }, Quirk> = {
  name: 'e1k-lite-l4',
  idTable: [{ vendor: 0x8086, device: 0x100e, info: quirks.e1000 }],
  probe(pdev, info) {
    pdev.enableDeviceMem();
    const ring = pdev.iomapRegion(1, 'e1k-ring');
    if (info) attachRing(info, ring.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { ring };
  },
};
