// A NIC picks its high- or low-priority TX queue by a conditional and truncates it in unbind.
import type { pci } from '@bindsafe/kernel';

enum Priority {
  Low,
  High,
}

interface NicData {
  readonly mode: Priority;
  readonly hiQueue: string[];
  readonly loQueue: string[];
}

export const nicDriver: pci.Driver<NicData, { mode: Priority }> = {
  name: 'held7-nic',
  idTable: [{ vendor: 0x8086, device: 0x1572, info: { mode: Priority.High } }],
  probe(_pdev, info) {
    return { mode: info?.mode ?? Priority.Low, hiQueue: [], loQueue: [] };
  },
  unbind(pdev, data) {
    const queue = data.mode === Priority.High ? data.hiQueue : data.loQueue;
    pdev.asRef().info(`nic: dropping ${queue.length} frames`);
    queue.length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
