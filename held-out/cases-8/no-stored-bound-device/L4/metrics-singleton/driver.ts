// A platform power sensor reports its IoMem to the imported module-level metrics singleton.
import type { platform } from '@bindsafe/kernel';
import { metrics } from './metrics.js';

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held8-power-metrics',
  idTable: [{ compatible: 'acme,ina' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    metrics.observe(pdev.compatible, io); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};
