// A PCI multi-queue NIC orders its queues by a per-queue register with a sort comparator and a find predicate capturing the Bar: both run during probe.
import type { pci } from '@bindsafe/kernel';

interface QueueData {
  readonly bar: pci.Bar;
  readonly order: readonly number[];
  readonly firstIdle: number | undefined;
}

export const driver: pci.Driver<QueueData> = {
  name: 'held-mq-sort',
  idTable: [{ vendor: 0x15b3, device: 0x1017 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(0, 'mq').access(pdev.asRef());
    const depthOf = (queue: number): number => bar.read32(0x200 + queue * 4);
    const order = [0, 1, 2, 3, 4, 5, 6, 7].sort((a, b) => depthOf(b) - depthOf(a));
    const firstIdle = order.find((queue) => depthOf(queue) === 0);
    return { bar, order, firstIdle };
  },
};
