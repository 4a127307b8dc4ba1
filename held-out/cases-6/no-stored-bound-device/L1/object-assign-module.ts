// A fan controller copies its IoMem into a module-level diagnostics object with Object.assign.
import type { platform } from '@bindsafe/kernel';

const diagnostics: { io?: platform.IoMem; probedAt?: number } = {};

export const driver: platform.Driver<{ readonly io: platform.IoMem }> = {
  name: 'held-fan',
  idTable: [{ compatible: 'vendor,fan-ctl' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    Object.assign(diagnostics, { io, probedAt: Date.now() }); // expect: bindsafe/no-stored-bound-device
    return { io };
  },
};
