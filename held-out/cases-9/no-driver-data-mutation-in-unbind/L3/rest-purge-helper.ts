// A PCI storage HBA purges two Maps its data holds through a same-file helper taking rest parameters.
import type { pci } from '@bindsafe/kernel';

interface HbaData {
  readonly targets: Map<number, string>;
  readonly luns: Map<number, number>;
}

function purge(...tables: Map<number, unknown>[]): number {
  let removed = 0;
  for (const table of tables) {
    removed += table.size;
    table.clear();
  }
  return removed;
}

export const hbaDriver: pci.Driver<HbaData> = {
  name: 'h9-hba',
  idTable: [{ vendor: 0x1000, device: 0x0097 }],
  probe() {
    return { targets: new Map([[0, 'disk0']]), luns: new Map([[0, 1]]) };
  },
  unbind(pdev, data) {
    const removed = purge(data.targets, data.luns); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`purged ${removed} entries`);
  },
};
