// unbind hands the data's queue to an imported helper that empties it.
import type { pci } from '@bindsafe/kernel';
import { drainInto } from './queue.js';

export const driver: pci.Driver<{ readonly queue: string[] }> = {
  name: 'held-nddm-l4-mut',
  idTable: [{ vendor: 0x8086, device: 0x4040 }],
  probe() {
    return { queue: ['a', 'b'] };
  },
  unbind(pdev, data) {
    const n = drainInto(data.queue, (item) => pdev.asRef().info(item)); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`drained ${n}`);
  },
};
