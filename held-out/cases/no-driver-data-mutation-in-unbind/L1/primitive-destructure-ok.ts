// Destructured primitives are copies: mutating them is fine. [class 2]
import type { pci } from '@bindsafe/kernel';

interface Data {
  readonly stats: { resets: number; errors: number };
}

export const driver: pci.Driver<Data> = {
  name: 'held-nddm-l1-prims',
  idTable: [{ vendor: 0x8086, device: 0x4015 }],
  probe() {
    return { stats: { resets: 2, errors: 0 } };
  },
  unbind(pdev, data) {
    let { resets, errors = 0 } = data.stats;
    resets++;
    errors += resets;
    const totals = Object.values(data.stats);
    totals.push(errors);
    pdev.asRef().info(`resets=${resets} errors=${errors} ${totals.length}`);
  },
};
