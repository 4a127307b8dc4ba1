// unbind hands the data's queue to an imported helper that only reads it.
import type { pci } from '@bindsafe/kernel';
import { joinQueue } from './format.js';

export const driver: pci.Driver<{ readonly queue: string[] }> = {
  name: 'held-nddm-l4-read',
  idTable: [{ vendor: 0x8086, device: 0x4041 }],
  probe() {
    return { queue: ['a', 'b'] };
  },
  unbind(pdev, data) {
    pdev.asRef().info(joinQueue(data.queue));
  },
};
