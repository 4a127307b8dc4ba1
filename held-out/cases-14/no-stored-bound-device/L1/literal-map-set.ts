// A PCI RAID HBA keeps a module-level controller map whose entries are object literals holding the BAR. [class 6]
import type { pci } from '@bindsafe/kernel';

const HBA_DOORBELL = 0x20;

interface HbaEntry {
  readonly bar: pci.Bar;
  readonly queues: number;
}

interface HbaData {
  readonly id: string;
}

const g_hbas = new Map<string, HbaEntry>();

export function hba_ring(id: string): number {
  const e = g_hbas.get(id);
  if (e === undefined) return -19;
  e.bar.write32(1, HBA_DOORBELL);
  return 0;
}

export const hba_driver: pci.Driver<HbaData> = {
  name: 'raid_hba',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe(pdev) {
    const id = pdev.asRef().name;
    const bar = pdev.iomapRegion(1, 'raid_hba').access(pdev.asRef());
    g_hbas.set(id, { bar, queues: 8 }); // expect: bindsafe/no-stored-bound-device
    return { id };
  },
};
