// A crypto engine's unbind hands its request queue to a same-file helper that truncates it.
import type { pci } from '@bindsafe/kernel';

function drain(queue: number[]): number {
  const n = queue.length;
  queue.length = 0;
  return n;
}

interface QueueData {
  readonly requests: number[];
}

export const driver: pci.Driver<QueueData> = {
  name: 'held6-dm-drain',
  idTable: [{ vendor: 0x8086, device: 0x37c8 }],
  probe() {
    return { requests: [1, 2, 3] };
  },
  unbind(_pdev, data) {
    const lost = drain(data.requests); // expect: bindsafe/no-driver-data-mutation-in-unbind
    if (lost > 0) console.warn(`${lost} requests lost at unbind`);
  },
};
