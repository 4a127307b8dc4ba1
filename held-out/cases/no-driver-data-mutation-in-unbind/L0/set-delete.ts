// unbind deletes from a Set and a record held by the data.
import type { platform } from '@bindsafe/kernel';

interface Data {
  readonly clients: Set<string>;
  readonly table: Record<string, number>;
}

export const driver: platform.Driver<Data> = {
  name: 'held-nddm-delete',
  idTable: [{ compatible: 'held,delete' }],
  probe(pdev) {
    return { clients: new Set([pdev.name]), table: { [pdev.name]: 1 } };
  },
  unbind(pdev, data) {
    data.clients.delete(pdev.name); // expect: bindsafe/no-driver-data-mutation-in-unbind
    delete data.table[pdev.name]; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
