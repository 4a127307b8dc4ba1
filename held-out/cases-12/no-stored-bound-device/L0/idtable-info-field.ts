// A NIC driver writes the mapped BAR back into its id-table info object so a "quirk" table can reach it [class 6]
import type { devres, pci } from '@bindsafe/kernel';

export interface NicQuirk {
  readonly model: string;
  ringBar?: pci.Bar;
}

const quirkA: NicQuirk = { model: 'e1000-lite' };

export const nicDriver: pci.Driver<{ ring: devres.Devres<pci.Bar> }, NicQuirk> = {
  name: 'e1k-lite',
  idTable: [{ vendor: 0x8086, device: 0x100e, info: quirkA }],
  probe(pdev, info) {
    pdev.enableDeviceMem();
    const ring = pdev.iomapRegion(1, 'e1k-ring');
    if (info !== undefined) {
      info.ringBar = ring.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    }
    return { ring };
  },
};
