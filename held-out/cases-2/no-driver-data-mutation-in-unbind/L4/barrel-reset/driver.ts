// unbind hands the data's stats to a barrel helper that resets them two modules down. [class 3] [class 7]
import type { pci } from '@bindsafe/kernel';
import { resetStats, type Stats } from './index.js';

export const driver: pci.Driver<{ readonly stats: Stats }> = {
  name: 'held2-nddm-barrel',
  idTable: [{ vendor: 0x1022, device: 0x6040 }],
  probe() {
    return { stats: { tx: 0, rx: 0 } };
  },
  unbind(_pdev, data) {
    resetStats(data.stats); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
