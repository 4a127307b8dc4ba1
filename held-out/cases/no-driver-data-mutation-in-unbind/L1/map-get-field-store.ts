// A store through data.slots.get(k)!.field. [class 6]
import type { pci } from '@bindsafe/kernel';

interface Slot {
  busy: boolean;
}

export const driver: pci.Driver<{ readonly slots: Map<string, Slot> }> = {
  name: 'held-nddm-l1-mapget',
  idTable: [{ vendor: 0x8086, device: 0x4013 }],
  probe(pdev) {
    return { slots: new Map([[pdev.name, { busy: true }]]) };
  },
  unbind(pdev, data) {
    data.slots.get(pdev.name)!.busy = false; // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
