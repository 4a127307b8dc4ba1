// A Device<Normal> handle and the Devres container captured by a timer: fine.
import type { devres, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l2-handle',
  idTable: [{ vendor: 0x1b36, device: 0x003b }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l2-handle');
    const handle = pdev.toNormal();
    setTimeout(() => {
      const status = regs.tryAccessWith((bar) => bar.read32(0)) ?? -1;
      console.log(`${handle.name}: ${status}`);
    }, 100);
    return { regs };
  },
};
