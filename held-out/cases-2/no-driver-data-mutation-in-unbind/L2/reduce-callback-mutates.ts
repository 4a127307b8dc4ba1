// A reduce callback resets each ring the data holds while counting them. [class 7]
import type { pci } from '@bindsafe/kernel';

interface Ring {
  head: number;
  tail: number;
}

export const driver: pci.Driver<{ readonly rings: Ring[] }> = {
  name: 'held2-nddm-reduce',
  idTable: [{ vendor: 0x1022, device: 0x6020 }],
  probe() {
    return { rings: [{ head: 0, tail: 0 }] };
  },
  unbind(pdev, data) {
    const n = data.rings.reduce((count, ring) => {
      ring.head = ring.tail; // expect: bindsafe/no-driver-data-mutation-in-unbind
      return count + 1;
    }, 0);
    pdev.asRef().info(`${n} rings reset`);
  },
};
