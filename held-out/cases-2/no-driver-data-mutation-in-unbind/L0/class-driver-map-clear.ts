// A class-based driver's unbind clears a Map held by the driver data. [class 4] [class 7]
import type { device, devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
  readonly fences: Map<number, string>;
}

export class FenceDriver implements pci.Driver<Data> {
  readonly name = 'held2-nddm-class';
  readonly idTable = [{ vendor: 0x1022, device: 0x6001 }];

  probe(pdev: pci.Device<device.Core>): Data {
    return { regs: pdev.iomapRegion(0, this.name), fences: new Map() };
  }

  unbind(pdev: pci.Device<device.Core>, data: Readonly<Data>): void {
    data.regs.access(pdev.asRef()).write32(0, 0x10);
    data.fences.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  }
}
