// A PCI test device schedules a delayed self-test that reads BAR 0 from a timer [class 5]
import type { devres, pci } from '@bindsafe/kernel';

export const selftestDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'testdev-selftest',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'selftest');
    const bar = regs.access(pdev.asRef());
    setTimeout(() => bar.write8(1, 0x0), 500); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
