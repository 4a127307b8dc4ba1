// A DMA engine's unbind reports pending transfers newest first from an `Array.from` copy it reverses.
import type { pci } from '@bindsafe/kernel';

interface XferData {
  readonly pending: Set<number>;
}

export const driver: pci.Driver<XferData> = {
  name: 'held6-dm-xfer',
  idTable: [{ vendor: 0x8086, device: 0x0b00 }],
  probe() {
    return { pending: new Set([3, 7, 11]) };
  },
  unbind(_pdev, data) {
    const newestFirst = Array.from(data.pending).reverse();
    if (newestFirst.length > 0) console.warn(`unbind with transfers ${newestFirst.join(', ')} in flight`);
  },
};
