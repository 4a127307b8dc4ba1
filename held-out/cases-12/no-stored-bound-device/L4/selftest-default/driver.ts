// A PCI test device delegates a delayed self-test to a default-exported helper that captures the Bar in a timer [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import scheduleSelftest from './selftest.js';

export const selftestDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'testdev-selftest-l4',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'selftest');
    scheduleSelftest(regs.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
