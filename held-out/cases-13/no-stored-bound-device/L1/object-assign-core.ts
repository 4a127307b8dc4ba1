// A PCI RAID controller driver fills its driver data with Object.assign; the declared owner field keeps Device<Core> past probe. [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

interface RaidData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly arrays: number;
  readonly owner: pci.Device<device.Core>;
}

export const raidDriver: pci.Driver<RaidData> = {
  name: 'megaraid_lite',
  idTable: [{ vendor: 0x1000, device: 0x005d }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(1, 'megaraid');
    const partial = { regs, arrays: regs.access(pdev.asRef()).read32(0x20) };
    return Object.assign(partial, { owner: pdev }); // expect: bindsafe/no-stored-bound-device
  },
};
