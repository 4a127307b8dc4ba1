// A same-file helper resets the statistics it is given; unbind passes the data's.
import type { pci } from '@bindsafe/kernel';

interface Stats {
  rx: number;
  tx: number;
}

function resetStats(stats: Stats): void {
  stats.rx = 0;
  stats.tx = 0;
}

export const driver: pci.Driver<{ readonly stats: Stats }> = {
  name: 'held-nddm-l3-mut',
  idTable: [{ vendor: 0x8086, device: 0x4030 }],
  probe() {
    const stats = { rx: 5, tx: 5 };
    resetStats(stats);
    return { stats };
  },
  unbind(_pdev, data) {
    resetStats(data.stats); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
