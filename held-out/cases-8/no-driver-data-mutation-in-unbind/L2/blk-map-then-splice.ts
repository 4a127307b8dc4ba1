// A PCI block driver maps its hardware queues to their pending arrays and empties each one with `splice` in a callback.
import type { device, pci } from '@bindsafe/kernel';

interface HwQueue {
  readonly id: number;
  readonly pending: number[];
}

interface BlkData {
  readonly queues: readonly HwQueue[];
}

export const blkDriver: pci.Driver<BlkData> = {
  name: 'h8-blk',
  idTable: [{ vendor: 0x1b36, device: 0x0010 }],
  probe(_pdev: pci.Device<device.Core>): BlkData {
    return { queues: [{ id: 0, pending: [10, 11] }, { id: 1, pending: [] }] };
  },
  unbind(pdev, data) {
    let dropped = 0;
    data.queues
      .map((queue) => queue.pending)
      .forEach((pending) => {
        dropped += pending.splice(0).length; // expect: bindsafe/no-driver-data-mutation-in-unbind
      });
    pdev.asRef().info(`h8-blk: ${dropped} requests dropped`);
  },
};
