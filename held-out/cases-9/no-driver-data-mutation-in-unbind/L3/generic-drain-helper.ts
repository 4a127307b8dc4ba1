// A PCI crypto queue drains its data's request array with a generic same-file helper that splices it. [class 2]
import type { pci } from '@bindsafe/kernel';

interface Request {
  readonly id: number;
}

interface CqData {
  readonly requests: Request[];
}

function drainAll<T>(queue: T[]): T[] {
  return queue.splice(0);
}

export const cqDriver: pci.Driver<CqData> = {
  name: 'h9-cq',
  idTable: [{ vendor: 0x8086, device: 0x37c8 }],
  probe() {
    return { requests: [{ id: 1 }, { id: 2 }] };
  },
  unbind(pdev, data) {
    const aborted = drainAll(data.requests); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`aborted ${aborted.length} requests`);
  },
};
