// Non-mutating array methods and copies: toSorted, Array.from().reverse(), a spread record. [class 2]
import type { pci } from '@bindsafe/kernel';

interface Data {
  readonly queue: number[];
  readonly stats: { resets: number; errors: number };
}

export const driver: pci.Driver<Data> = {
  name: 'held2-nddm-copies',
  idTable: [{ vendor: 0x1022, device: 0x6011 }],
  probe() {
    return { queue: [3, 1, 2], stats: { resets: 0, errors: 0 } };
  },
  unbind(pdev, data) {
    const sorted = data.queue.toSorted((a, b) => a - b);
    const newestFirst = Array.from(data.queue).reverse();
    const snapshot = { ...data.stats };
    snapshot.resets++;
    pdev.asRef().info(`${sorted.join(',')} / ${newestFirst[0]} / ${snapshot.resets}`);
  },
};
