// Every bound device of the driver is added to a module-level WeakSet-like registry (a Set).
import type { device, platform } from '@bindsafe/kernel';

const live = new Set<device.Device<device.Bound>>();

export const driver: platform.Driver<{ readonly id: number }> = {
  name: 'held-set',
  idTable: [{ compatible: 'held,set' }],
  probe(pdev) {
    live.add(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { id: live.size };
  },
};
