// Nested destructuring reaches an array in the data; it is filled.
import type { pci } from '@bindsafe/kernel';

interface Data {
  readonly ring: { readonly entries: number[]; readonly size: number };
}

export const driver: pci.Driver<Data> = {
  name: 'held-nddm-l1-nested',
  idTable: [{ vendor: 0x8086, device: 0x4012 }],
  probe() {
    return { ring: { entries: [0, 0, 0, 0], size: 4 } };
  },
  unbind(_pdev, data) {
    const {
      ring: { entries },
    } = data;
    entries.fill(0xff); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
