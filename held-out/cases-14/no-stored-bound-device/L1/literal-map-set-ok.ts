// A PCI RAID HBA keeps a controller map, created in probe and owned by its driver data, whose entries hold the BAR. [class 4]
import type { pci } from '@bindsafe/kernel';

interface HbaEntry {
  readonly bar: pci.Bar;
  readonly queues: number;
}

interface HbaData {
  readonly id: string;
  readonly ports: Map<number, HbaEntry>;
}

export const hba_driver: pci.Driver<HbaData> = {
  name: 'raid_hba',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    const id = pdev.asRef().name;
    const ports = new Map<number, HbaEntry>();
    const bar = pdev.iomapRegion(1, 'raid_hba').access(pdev.asRef());
    for (let p = 0; p < 2; p++) ports.set(p, { bar, queues: 8 });
    return { id, ports };
  },
};
