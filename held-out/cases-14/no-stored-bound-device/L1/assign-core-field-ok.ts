// A PCI ethernet PHY builds its driver data with Object.assign and keeps the probe device in a field typed Bound. [class 2]
import type { device, pci } from '@bindsafe/kernel';

interface PhyData {
  readonly phy_id: number;
  readonly dev: pci.Device<device.Bound>;
}

export const phy_driver: pci.Driver<PhyData> = {
  name: 'phy_pci',
  idTable: [{ vendor: 0x14e4, device: 0x1677 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const base = { phy_id: pdev.deviceId };
    return Object.assign(base, { dev: pdev });
  },
};
