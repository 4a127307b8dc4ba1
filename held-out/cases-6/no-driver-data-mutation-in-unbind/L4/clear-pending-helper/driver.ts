// A DMA controller's unbind abandons its pending fences through an imported helper that clears the Map.
import type { pci } from '@bindsafe/kernel';
import { abandonAll } from './pending.js';

interface FenceData {
  readonly fences: Map<number, string>;
}

export const driver: pci.Driver<FenceData> = {
  name: 'held6-dm-l4-fence',
  idTable: [{ vendor: 0x1b4b, device: 0x9230 }],
  probe() {
    return { fences: new Map([[1, 'copy'], [2, 'fill']]) };
  },
  unbind(_pdev, data) {
    const n = abandonAll(data.fences); // expect: bindsafe/no-driver-data-mutation-in-unbind
    if (n > 0) console.warn(`${n} fences abandoned`);
  },
};
