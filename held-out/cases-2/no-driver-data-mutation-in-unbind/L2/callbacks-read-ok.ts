// some / filter / forEach callbacks in unbind only read the rings. [class 7]
import type { pci } from '@bindsafe/kernel';

interface Ring {
  readonly name: string;
  head: number;
  tail: number;
}

export const driver: pci.Driver<{ readonly rings: Ring[] }> = {
  name: 'held2-nddm-read-callbacks',
  idTable: [{ vendor: 0x1022, device: 0x6021 }],
  probe() {
    return { rings: [{ name: 'gfx', head: 0, tail: 0 }] };
  },
  unbind(pdev, data) {
    const busy = data.rings.some((r) => r.head !== r.tail);
    const idle = data.rings.filter((r) => r.head === r.tail);
    idle.forEach((r) => pdev.asRef().info(`${r.name} idle`));
    if (busy) pdev.asRef().info('rings still busy at unbind');
  },
};
