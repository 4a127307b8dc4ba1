// A store through data.rings[i].head. [class 6]
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly rings: { head: number }[] }> = {
  name: 'held-nddm-l1-index',
  idTable: [{ vendor: 0x8086, device: 0x4014 }],
  probe() {
    return { rings: [{ head: 4 }, { head: 9 }] };
  },
  unbind(_pdev, data) {
    for (let i = 0; i < data.rings.length; i++) {
      data.rings[i]!.head = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
