// A PCI storage controller clears its lookup Maps through a variadic helper taking ...maps
import type { devres, pci } from '@bindsafe/kernel';

type Cmd = { readonly tag: number };

interface HbaData {
  readonly bar: devres.Devres<pci.Bar>;
  readonly byTag: Map<number, Cmd>;
  readonly byName: Map<string, Cmd>;
}

function clearAll(...maps: ReadonlyArray<Map<unknown, unknown>>): number {
  let n = 0;
  for (const m of maps) {
    n += m.size;
    m.clear();
  }
  return n;
}

export const restHba: pci.Driver<HbaData> = {
  name: 'rest-hba',
  idTable: [{ vendor: 0x8086, device: 0x2924 }],
  probe(pdev) {
    return { bar: pdev.iomapRegion(5, 'rest-hba'), byTag: new Map(), byName: new Map() };
  },
  unbind(pdev, data) {
    data.bar.access(pdev.asRef()).write32(0, 0x04);
    const dropped = clearAll(data.byTag, data.byName); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`rest-hba: ${dropped} commands dropped`);
  },
};
