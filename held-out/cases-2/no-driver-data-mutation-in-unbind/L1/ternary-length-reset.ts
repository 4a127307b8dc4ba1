// A conditional picks one of two queues the data holds; its length is reset. [class 6] [class 8]
import type { pci } from '@bindsafe/kernel';

interface Data {
  readonly hi: number[];
  readonly lo: number[];
}

export const driver: pci.Driver<Data> = {
  name: 'held2-nddm-ternary',
  idTable: [{ vendor: 0x1022, device: 0x6010 }],
  probe() {
    return { hi: [], lo: [] };
  },
  unbind(pdev, data) {
    const urgent = pdev.revision > 1;
    (urgent ? data.hi : data.lo).length = 0; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
