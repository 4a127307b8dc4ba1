// A generic helper splices the array it is given; unbind passes it the data's queue. [class 7]
import type { pci } from '@bindsafe/kernel';

function drain<T>(items: T[]): T[] {
  return items.splice(0);
}

export const driver: pci.Driver<{ readonly pending: string[] }> = {
  name: 'held2-nddm-drain',
  idTable: [{ vendor: 0x1022, device: 0x6030 }],
  probe() {
    return { pending: [] };
  },
  unbind(pdev, data) {
    const lost = drain(data.pending); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`${lost.length} requests lost`);
  },
};
