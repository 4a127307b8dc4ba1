// A one-shot listener on the module-wide hotplug emitter captures the Bar past probe.
import type { devres, pci } from '@bindsafe/kernel';
import { hotplugEvents } from '../../../cases/_shared/timing.js';

export const onceDriver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held-once',
  idTable: [{ vendor: 0x1af4, device: 0x1050 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held-once');
    const bar = regs.access(pdev.asRef());
    hotplugEvents.once('surprise-removal', () => bar.write32(0, 0x0)); // expect: bindsafe/no-stored-bound-device
    return { regs };
  },
};
