// A multi-queue NIC maps its queue ids to children with `Array.from(iterable, fn)` and keeps the array in the data.
import { auxiliary, type pci } from '@bindsafe/kernel';

interface QueueData {
  readonly queues: readonly auxiliary.Registration[];
}

const queueIds = new Set([0, 1, 2, 3]);

export const queueDriver: pci.Driver<QueueData> = {
  name: 'held9-mq',
  idTable: [{ vendor: 0x8086, device: 0x1592 }],
  probe(pdev) {
    const queues = Array.from(queueIds, (id) => auxiliary.Registration.new(pdev.asRef(), 'queue', id, 'held9_mq'));
    return { queues };
  },
};
