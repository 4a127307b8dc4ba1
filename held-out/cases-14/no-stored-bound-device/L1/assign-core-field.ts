// A PCI ethernet PHY builds its driver data with Object.assign and leaves the probe device in a field typed Core. [class 2]
import type { device, pci } from '@bindsafe/kernel';

interface PhyData {
  readonly phy_id: number;
  readonly dev: pci.Device<device.Core>;
}

export const phy_driver: pci.Driver<PhyData> = {
  name: 'phy_pci',
  idTable: [{ vendor: 0x14e4, device: 0x1677 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const base = { phy_id: pdev.deviceId };
    return Object.assign(base, { dev: pdev }); // expect: bindsafe/no-stored-bound-device
  },
};
