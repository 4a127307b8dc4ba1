// An alias of the data's array is truncated.
import type { platform } from '@bindsafe/kernel';

export const driver: platform.Driver<{ readonly ring: number[] }> = {
  name: 'held-nddm-l1-alias',
  idTable: [{ compatible: 'held,alias' }],
  probe() {
    return { ring: [1, 2, 3] };
  },
  unbind(_pdev, data) {
    const ring = data.ring;
    ring.length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
