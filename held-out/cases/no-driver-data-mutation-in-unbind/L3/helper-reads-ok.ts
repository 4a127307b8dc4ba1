// A same-file helper that summarises what it is given.
import type { pci } from '@bindsafe/kernel';

interface Stats {
  readonly rx: number;
  readonly tx: number;
}

function summary(stats: Stats): string {
  return `rx=${stats.rx} tx=${stats.tx}`;
}

export const driver: pci.Driver<{ readonly stats: Stats }> = {
  name: 'held-nddm-l3-read',
  idTable: [{ vendor: 0x8086, device: 0x4031 }],
  probe() {
    return { stats: { rx: 1, tx: 2 } };
  },
  unbind(pdev, data) {
    pdev.asRef().info(summary(data.stats));
  },
};
