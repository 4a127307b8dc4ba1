// A PCI SMBus controller driver files its mapped BAR in a static cache class imported as another module's default export. [class 6]
import type { device, devres, pci } from '@bindsafe/kernel';
import BarCache from './bar-cache.js';

class SmbusData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly adapter: string) {}
}

export const smbusDriver: pci.Driver<SmbusData> = {
  name: 'i801_smbus_lite',
  idTable: [{ vendor: 0x8086, device: 0xa323 }],
  probe(pdev: pci.Device<device.Core>) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(4, 'i801');
    const bar = regs.access(pdev.asRef());
    bar.write8(0x01, 0x40);
    BarCache.put(pdev.name, bar); // expect: bindsafe/no-stored-bound-device
    return new SmbusData(regs, `SMBus I801 at ${pdev.name}`);
  },
};
