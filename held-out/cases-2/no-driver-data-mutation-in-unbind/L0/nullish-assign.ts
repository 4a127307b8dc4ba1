// unbind records a reason with ??= on an object the data holds. [class 8]
import type { platform } from '@bindsafe/kernel';

interface Data {
  readonly stats: { lastError?: string; resets: number };
}

export const driver: platform.Driver<Data> = {
  name: 'held2-nddm-nullish',
  idTable: [{ compatible: 'held2,nullish' }],
  probe() {
    return { stats: { resets: 0 } };
  },
  unbind(pdev, data) {
    pdev.asRef().info(`unbinding after ${data.stats.resets} resets`);
    data.stats.lastError ??= 'unbound'; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
