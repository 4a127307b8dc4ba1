// A PCI timer card leaves a stale SAFETY comment above its final safe return after the unsafe code was removed.
import type { devres, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly ticks: number }> = {
  name: 'held8-timer-stale',
  idTable: [{ vendor: 0x1c00, device: 0x3253 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'timer');
    const ticks = regs.access(pdev.asRef()).read32(0x04);
    // SAFETY: the device is bound during probe. // expect: bindsafe/require-safety-comment
    return { regs, ticks };
  },
};
