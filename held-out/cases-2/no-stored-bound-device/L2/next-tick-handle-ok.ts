// process.nextTick and a Promise.all in probe capture only a handle and a Devres container. [class 2] [class 5]
import type { devres, pci } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export const driver: pci.Driver<{ readonly regs: devres.Devres<pci.Bar> }> = {
  name: 'held2-nsbd-next-tick-ok',
  idTable: [{ vendor: 0x1af4, device: 0x1125 }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held2-nsbd-next-tick-ok');
    const handle = pdev.toNormal();
    process.nextTick(() => handle.asRef().info('probe finished'));
    void Promise.all([pause(1), pause(2)]).then(() => regs.tryAccessWith((bar) => bar.read32(0)));
    return { regs };
  },
};
