// Only numbers read through the Bar reach module state: a status word and a destructured pair.
import type { devres, pci } from '@bindsafe/kernel';

let lastStatus: number | undefined;
const revisions: Record<string, { major: number; minor: number }> = {};

export const statusDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-status',
  idTable: [{ vendor: 0x1af4, device: 0x1056 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-status');
    lastStatus = regs.tryAccessWith((bar) => bar.read32(0x0));
    const bar = regs.access(pdev.asRef());
    const [major = 0, minor = 0] = [bar.read8(0x10), bar.read8(0x11)];
    revisions[pdev.name] = { major, minor };
    return { regs };
  },
};
