// A counter object reached through two aliases is incremented. [class 6] [class 8]
import type { platform } from '@bindsafe/kernel';

interface Data {
  readonly irqStats: { spurious: number; handled: number };
}

export const driver: platform.Driver<Data> = {
  name: 'held2-nddm-alias',
  idTable: [{ compatible: 'held2,alias' }],
  probe() {
    return { irqStats: { spurious: 0, handled: 0 } };
  },
  unbind(_pdev, data) {
    const s = data.irqStats,
      t = s;
    t.handled += 1; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
