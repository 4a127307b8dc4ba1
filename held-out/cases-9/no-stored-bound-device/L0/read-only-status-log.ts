// A PCI RAID controller reads status registers through its Bar during probe and logs a JSON summary.
import type { pci } from '@bindsafe/kernel';

export const driver: pci.Driver<{ readonly bar: pci.Bar; readonly disks: number }> = {
  name: 'held9-raid-status',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    const bar = pdev.iomapRegion(1, 'mpt').access(pdev.asRef());
    const summary = JSON.stringify({ size: bar.size, status: bar.read32(0x00), disks: bar.read8(0x10) });
    console.log(`${pdev.name}: ${summary}`);
    return { bar, disks: bar.read8(0x10) };
  },
};
