// A PCI test device delegates a delayed self-test to a default-exported helper given the Devres container [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import scheduleSelftest from './selftest.js';

export const results: Promise<boolean>[] = [];

export const selftestDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'testdev-selftest-l4-ok',
  idTable: [{ vendor: 0x1b36, device: 0x0005 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'selftest');
    results.push(scheduleSelftest(regs));
    return { regs };
  },
};
