// A retrying link-up loop re-arms itself with setTimeout, capturing the Bar past probe.
import type { devres, pci } from '@bindsafe/kernel';

export const linkDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-link',
  idTable: [{ vendor: 0x14e4, device: 0x1657 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-link');
    const bar = regs.access(pdev.asRef());
    const attempt = (left: number): void => {
      if ((bar.read32(0x4) & 1) === 1 || left === 0) return;
      bar.write32(1, 0x0);
      setTimeout(() => attempt(left - 1), 20); // expect: bindsafe/no-stored-bound-device
    };
    attempt(3);
    return { regs };
  },
};
