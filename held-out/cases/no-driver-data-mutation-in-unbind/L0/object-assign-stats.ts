// Object.assign into an object held by the data.
import type { pci } from '@bindsafe/kernel';

interface Data {
  readonly stats: { rx: number; tx: number };
}

export const driver: pci.Driver<Data> = {
  name: 'held-nddm-assign',
  idTable: [{ vendor: 0x8086, device: 0x4004 }],
  probe() {
    return { stats: { rx: 0, tx: 0 } };
  },
  unbind(_pdev, data) {
    Object.assign(data.stats, { rx: 0, tx: 0 }); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
