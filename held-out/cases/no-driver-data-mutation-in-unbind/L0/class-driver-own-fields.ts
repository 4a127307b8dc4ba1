// A class driver counting unbinds on itself (fine) and resetting the data's ring (not).
import type { device, pci } from '@bindsafe/kernel';

interface Data {
  readonly ring: { head: number; tail: number };
}

export class RingDriver implements pci.Driver<Data> {
  readonly name = 'held-nddm-class';
  readonly idTable = [{ vendor: 0x8086, device: 0x4006 }];
  unbinds = 0;

  probe(_pdev: pci.Device<device.Core>): Data {
    return { ring: { head: 0, tail: 0 } };
  }

  unbind(_pdev: pci.Device<device.Core>, data: Readonly<Data>): void {
    this.unbinds++;
    data.ring.head = data.ring.tail; // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}
