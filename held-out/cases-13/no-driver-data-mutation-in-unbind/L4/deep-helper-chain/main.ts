// A class-based PCI NIC hands its whole data to a helper that rewinds each ring through a second helper module [class 7]
import type { device, devres, pci } from '@bindsafe/kernel';
import { resetAll } from './util/reset.js';
import type { Ring } from './util/rewind.js';

class ChainData {
  readonly rings: Ring[] = [{ head: 0, tail: 3 }, { head: 1, tail: 1 }];
  constructor(readonly bar: devres.Devres<pci.Bar>) {}
}

export class ChainNicDriver implements pci.Driver<ChainData> {
  readonly name = 'chain-nic';
  readonly idTable = [{ vendor: 0x1077, device: 0x8070 }];
  static create(): ChainNicDriver {
    return new ChainNicDriver();
  }
  probe(pdev: pci.Device<device.Core>): ChainData {
    return new ChainData(pdev.iomapRegion(0, 'chain-nic'));
  }
  unbind(pdev: pci.Device<device.Core>, data: Readonly<ChainData>): void {
    data.bar.access(pdev.asRef()).write32(0, 0x100);
    const n = resetAll(data); // expect: bindsafe/no-driver-data-mutation-in-unbind
    pdev.asRef().info(`chain-nic: ${n} rings rewound`);
  }
}
