// A listener on a module-level emitter writes through the Bar.
import type { devres, pci } from '@bindsafe/kernel';
import { hotplugEvents } from '../../_shared/timing.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-l2-listener',
  idTable: [{ vendor: 0x1b36, device: 0x0032 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-l2-listener');
    const bar = regs.access(pdev.asRef());
    hotplugEvents.on('suspend', () => bar.write32(0, 0x10)); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
