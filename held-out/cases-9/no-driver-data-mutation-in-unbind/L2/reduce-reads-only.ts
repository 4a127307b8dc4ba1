// A PCI RAID card sums its data's per-disk error counts with reduce and map callbacks in unbind: reading only.
import type { pci } from '@bindsafe/kernel';

interface Disk {
  readonly slot: number;
  errors: number;
}

interface RaidData {
  readonly disks: Disk[];
}

export const raidDriver: pci.Driver<RaidData> = {
  name: 'h9-raid',
  idTable: [{ vendor: 0x1000, device: 0x005d }],
  probe() {
    return { disks: [{ slot: 0, errors: 0 }, { slot: 1, errors: 2 }] };
  },
  unbind(pdev, data) {
    const total = data.disks.map((d) => d.errors).reduce((sum, n) => sum + n, 0);
    const worst = data.disks.find((d) => d.errors === Math.max(...data.disks.map((x) => x.errors)));
    pdev.asRef().info(`raid errors ${total}, worst slot ${worst?.slot ?? -1}`);
  },
};
