// A field destructured out of the data, then mutated.
import type { pci } from '@bindsafe/kernel';

interface Data {
  readonly stats: { resets: number };
  readonly name: string;
}

export const driver: pci.Driver<Data> = {
  name: 'held-nddm-l1-destr',
  idTable: [{ vendor: 0x8086, device: 0x4010 }],
  probe(pdev) {
    return { stats: { resets: 0 }, name: pdev.name };
  },
  unbind(_pdev, data) {
    const { stats, name } = data;
    stats.resets += name.length; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
