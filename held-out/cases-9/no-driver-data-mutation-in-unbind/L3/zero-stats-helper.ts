// A PCI GPU resets its data's fence stats through a same-file helper that assigns to its parameter's fields.
import type { pci } from '@bindsafe/kernel';

interface FenceStats {
  emitted: number;
  signalled: number;
}

interface FenceData {
  readonly stats: FenceStats;
}

function zeroStats(stats: FenceStats): void {
  stats.emitted = 0;
  stats.signalled = 0;
}

export const fenceDriver: pci.Driver<FenceData> = {
  name: 'h9-fence',
  idTable: [{ vendor: 0x1002, device: 0x7340 }],
  probe() {
    const stats = { emitted: 0, signalled: 0 };
    zeroStats(stats);
    return { stats };
  },
  unbind(_pdev, data) {
    zeroStats(data.stats); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
