// A PCI SMBus controller driver files the Devres container of its BAR in a static cache class imported as another module's default export. [class 3]
import type { device, devres, pci } from '@bindsafe/kernel';
import RegsCache from './regs-cache.js';

class SmbusData {
  constructor(readonly regs: devres.Devres<pci.Bar>, readonly adapter: string) {}
}

export const smbusDriver: pci.Driver<SmbusData> = {
  name: 'i801_smbus_lite',
  idTable: [{ vendor: 0x8086, device: 0xa323 }],
  probe(pdev: pci.Device<device.Core>) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(4, 'i801');
    regs.access(pdev.asRef()).write8(0x01, 0x40);
    RegsCache.put(pdev.name, regs);
    return new SmbusData(regs, `SMBus I801 at ${pdev.name}`);
  },
};
