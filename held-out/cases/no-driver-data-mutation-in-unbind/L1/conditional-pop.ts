// A conditional picks one of the data's queues; it is popped.
import type { pci } from '@bindsafe/kernel';

interface Data {
  readonly high: string[];
  readonly low: string[];
}

export const driver: pci.Driver<Data> = {
  name: 'held-nddm-l1-cond',
  idTable: [{ vendor: 0x8086, device: 0x4011 }],
  probe() {
    return { high: [], low: ['x'] };
  },
  unbind(pdev, data) {
    const queue = data.high.length > 0 ? data.high : data.low;
    const last = queue.pop(); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`last: ${last ?? 'none'}`);
  },
};
