// A PCI NVMe-like card flushes queues with Promise.all over an async map; each callback justifies its unsafeAsBound().
import type { device, pci } from '@bindsafe/kernel';
import { pause } from '../../../cases/_shared/timing.js';

export class QueueSet {
  readonly #queues: readonly device.Device<device.Normal>[];
  constructor(queues: readonly device.Device<device.Normal>[]) {
    this.#queues = queues;
  }
  async flushAll(): Promise<number> {
    const done = await Promise.all(
      this.#queues.map(async (queue, i) => {
        await pause(1);
        // SAFETY: flushAll is only called from the driver's own resume path while the device is bound.
        queue.unsafeAsBound().info(`nvme: queue ${i} flushed`);
        return i;
      }),
    );
    return done.length;
  }
}

export const driver: pci.Driver<{ readonly queues: QueueSet }> = {
  name: 'held8-nvme-promise-all',
  idTable: [{ vendor: 0x144d, device: 0xa808 }],
  probe(pdev) {
    const handle = pdev.asRef().toNormal();
    return { queues: new QueueSet([handle, handle]) };
  },
};
