// A platform PMIC driver reports its IoMem to a telemetry helper imported through a barrel; the helper keeps it in a module Set.
import type { platform } from '@bindsafe/kernel';
import { track } from './index.js';

export const driver: platform.Driver<{ readonly io: platform.IoMem; readonly slot: number }> = {
  name: 'held-pmic-telemetry',
  idTable: [{ compatible: 'vendor,pmic' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const slot = track(io); // expect: bindsafe/no-stored-bound-device
    return { io, slot };
  },
};
