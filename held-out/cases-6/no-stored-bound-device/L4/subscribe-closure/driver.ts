// A fan driver subscribes a closure over its IoMem to an imported module-level observer list.
import type { platform } from '@bindsafe/kernel';
import { subscribe } from './events.js';

export const driver: platform.Driver<{ readonly unsubscribe: () => void }> = {
  name: 'held-fan-trip',
  idTable: [{ compatible: 'vendor,fan-trip' }],
  probe(pdev) {
    const io = pdev.iomapResource(0).access(pdev.asRef());
    const unsubscribe = subscribe((celsius) => io.write32(celsius > 80 ? 0xff : 0x40, 0x00)); // expect: bindsafe/no-stored-bound-device
    return { unsubscribe };
  },
};
