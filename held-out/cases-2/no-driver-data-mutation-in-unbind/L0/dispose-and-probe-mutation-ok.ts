// Mutation in probe and in the data's own [Symbol.dispose]; unbind only reads. [class 1]
import type { pci } from '@bindsafe/kernel';

class RingData implements Disposable {
  readonly slots: number[] = [];
  closed = false;
  [Symbol.dispose](): void {
    this.slots.length = 0;
    this.closed = true;
  }
}

export const driver: pci.Driver<RingData> = {
  name: 'held2-nddm-dispose',
  idTable: [{ vendor: 0x1022, device: 0x6003 }],
  probe(pdev) {
    const data = new RingData();
    for (let i = 0; i < 4; i++) data.slots.push(i * pdev.revision);
    data.closed = false;
    return data;
  },
  unbind(pdev, data) {
    pdev.asRef().info(`ring: ${data.slots.length} slots, closed=${data.closed}`);
  },
};
