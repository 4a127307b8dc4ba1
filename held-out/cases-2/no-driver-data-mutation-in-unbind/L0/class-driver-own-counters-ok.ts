// A class-based driver's unbind updates its own fields (instance and static), not the data. [class 2] [class 4]
import type { device, pci } from '@bindsafe/kernel';

interface Data {
  readonly seen: number[];
}

export class CountingDriver implements pci.Driver<Data> {
  static totalUnbinds = 0;
  readonly name = 'held2-nddm-own-fields';
  readonly idTable = [{ vendor: 0x1022, device: 0x6004 }];
  unbinds = 0;
  #last = '';

  probe(pdev: pci.Device<device.Core>): Data {
    return { seen: [pdev.revision] };
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<Data>): void {
    this.unbinds++;
    CountingDriver.totalUnbinds += 1;
    this.#last = `${pdev.name}:${data.seen.length}`;
  }
}
