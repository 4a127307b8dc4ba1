// forEach/map/reduce over register offsets with the Bar, all during probe.
import type { devres, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly checksum: number }> = {
  name: 'held-l2-sync',
  idTable: [{ vendor: 0x1b36, device: 0x003a }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l2-sync');
    const bar = regs.access(pdev.asRef());
    [0x0, 0x4, 0x8].forEach((off) => bar.write32(0, off));
    const checksum = [0x10, 0x14].map((off) => bar.read32(off)).reduce((a, b) => a ^ b, 0);
    return { regs, checksum };
  },
};
