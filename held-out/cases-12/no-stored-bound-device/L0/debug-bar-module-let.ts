// A PCI test device driver keeps BAR 0 in a module variable for a debugfs-style status read [class 3]
import type { devres, pci } from '@bindsafe/kernel';

let statusBar: pci.Bar | undefined;

export const testdevDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'testdev-status',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'testdev-status');
    statusBar = regs.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};

export function readStatus(): number {
  return statusBar?.read32(0x4) ?? 0;
}
