// A poller started in probe captures only a Device<Normal> handle and the Devres container. [class 2] [class 5]
import type { devres, pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar>; readonly timer: NodeJS.Timeout }> = {
  name: 'held2-nsbd-interval',
  idTable: [{ vendor: 0x1af4, device: 0x1124 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-interval');
    const handle = pdev.toNormal();
    const timer = setInterval(() => {
      const v = regs.tryAccessWith((bar) => bar.read32(0));
      if (v === undefined) handle.asRef().info('poller: unbound');
    }, 500);
    timer.unref();
    return { regs, timer };
  },
};
