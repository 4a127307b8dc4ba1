// unbind deletes an entry of a record the data holds, under a computed key. [class 8]
import type { pci } from '@bindsafe/kernel';

interface Data {
  readonly sessions: Record<string, number>;
}

export const driver: pci.Driver<Data> = {
  name: 'held2-nddm-delete',
  idTable: [{ vendor: 0x1022, device: 0x6002 }],
  probe(pdev) {
    return { sessions: { [pdev.name]: 1 } };
  },
  unbind(pdev, data) {
    delete data.sessions[pdev.name]; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
