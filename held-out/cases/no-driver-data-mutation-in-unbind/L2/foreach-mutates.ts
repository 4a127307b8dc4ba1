// The mutation happens inside a forEach callback.
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly rings: { head: number; tail: number }[] }> = {
  name: 'held-nddm-l2-foreach',
  idTable: [{ vendor: 0x8086, device: 0x4020 }],
  probe() {
    return { rings: [{ head: 1, tail: 1 }] };
  },
  unbind(_pdev, data) {
    data.rings.forEach((ring) => {
      ring.head = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    });
  },
};
