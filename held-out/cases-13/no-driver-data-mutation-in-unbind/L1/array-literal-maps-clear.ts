// A PCI storage controller puts its two lookup Maps in an array literal and clears each one in a labelled loop [class 6]
import type { devres, pci } from '@bindsafe/kernel';

type Cmd = { readonly tag: number; readonly lba: bigint };

interface HbaData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly byTag: Map<number, Cmd>;
  readonly byLba: Map<bigint, Cmd>;
}

export const sataHba: pci.Driver<HbaData> = {
  name: 'sata-hba',
  idTable: [{ vendor: 0x8086, device: 0x2922 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(5, 'sata-hba/abar'), byTag: new Map(), byLba: new Map() };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x04);
    const tables: ReadonlyArray<Map<number, Cmd> | Map<bigint, Cmd>> = [data.byTag, data.byLba];
    scan: for (const table of tables) {
      if (table.size === 0) continue scan;
      table.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
    }
  },
};
