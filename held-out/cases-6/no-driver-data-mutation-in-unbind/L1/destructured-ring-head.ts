// A crypto ring driver's unbind rewinds the first ring, reached by array destructuring of the data. [class 6]
import type { pci } from '@bindsafe/kernel';

interface Ring {
  head: number;
  tail: number;
}

interface RingData {
  readonly rings: Ring[];
}

export const driver: pci.Driver<RingData> = {
  name: 'held6-dm-rings',
  idTable: [{ vendor: 0x177d, device: 0xa0f1 }],
  probe() {
    return { rings: [{ head: 4, tail: 9 }, { head: 0, tail: 0 }] };
  },
  unbind(_pdev, data) {
    const [first] = data.rings;
    if (first !== undefined) {
      first.head = first.tail; // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
