// probe runs a local queue of init closures over the Bar to completion before it returns.
import type { devres, pci } from '@bindsafe/kernel';

export const initDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly steps: number }> = {
  name: 'held-init',
  idTable: [{ vendor: 0x1af4, device: 0x1052 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-init');
    const bar = regs.access(pdev.asRef());
    const work: Array<() => void> = [() => bar.write32(1, 0x0), () => bar.write32(0xff, 0x4), () => bar.write32(0, 0x8)];
    let steps = 0;
    while (work.length > 0) {
      const next = work.shift();
      next?.();
      steps++;
    }
    return { regs, steps };
  },
};
