// A PCI ring buffer is filled in probe and emptied in the data's own [Symbol.dispose]; unbind only reads it. [class 1]
import type { device, pci } from '@bindsafe/kernel';

class RingData implements Disposable {
  readonly slots: number[] = [];
  released = false;

  [Symbol.dispose](): void {
    this.slots.splice(0);
    this.released = true;
  }
}

export const ringDriver: pci.Driver<RingData> = {
  name: 'h11-ring',
  idTable: [{ vendor: 0x1af4, device: 0x1041 }],

  probe(pdev: pci.Device<device.Core>): RingData {
    const data = new RingData();
    data.slots.push(1, 2, 3);
    data.slots.reverse();
    pdev.setMaster();
    return data;
  },

  unbind(pdev: pci.Device<device.Core>, data: Readonly<RingData>): void {
    pdev.asRef().info(`ring: ${data.slots.length} slots, released=${data.released}`);
  },
};
