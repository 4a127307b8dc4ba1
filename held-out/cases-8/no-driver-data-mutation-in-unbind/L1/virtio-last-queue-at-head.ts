// A PCI virtio-like class driver picks its last virtqueue with `Array.prototype.at(-1)` and rewinds that queue's head.
import type { device, pci } from '@bindsafe/kernel';

interface VirtQueue {
  head: number;
  readonly size: number;
}

interface VirtioData {
  readonly queues: readonly VirtQueue[];
}

export class VirtioBlkDriver implements pci.Driver<VirtioData> {
  readonly name = 'h8-virtio-blk';
  readonly idTable = [{ vendor: 0x1af4, device: 0x1042 }];

  probe(_pdev: pci.Device<device.Core>): VirtioData {
    return { queues: [{ head: 0, size: 256 }, { head: 0, size: 256 }] };
  }

  unbind(_pdev: pci.Device<device.Core>, data: Readonly<VirtioData>): void {
    const controlQueue = data.queues.at(-1);
    if (controlQueue === undefined) return;
    controlQueue.head = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}
