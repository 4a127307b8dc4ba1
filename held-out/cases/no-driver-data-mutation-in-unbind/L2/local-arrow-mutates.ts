// unbind defines a local arrow that resets a counter and calls it.
import type { platform } from '@bindsafe/kernel';

export const driver: platform.Driver<{ readonly stats: { irqs: number } }> = {
  name: 'held-nddm-l2-arrow',
  idTable: [{ compatible: 'held,arrow' }],
  probe() {
    return { stats: { irqs: 0 } };
  },
  unbind(_pdev, data) {
    const reset = (): void => {
      data.stats.irqs = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
    };
    reset();
  },
};
