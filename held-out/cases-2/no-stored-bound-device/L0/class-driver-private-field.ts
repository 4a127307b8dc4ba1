// A class-based driver keeps the last probed Bar in a private #field of the driver object. [class 4]
import type { device, devres, pci } from '@bindsafe/kernel';

interface Data {
  readonly regs: devres.Devres<pci.Bar>;
}

export class BarDriver implements pci.Driver<Data> {
  readonly name = 'held2-nsbd-class';
  readonly idTable = [{ vendor: 0x1af4, device: 0x1100 }];
  #lastBar: pci.Bar | undefined;

  probe(pdev: pci.Device<device.Core>): Data {
    const regs = pdev.iomapRegion(0, this.name);
    this.#lastBar = regs.access(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { regs };
  }

  peek(): number {
    return this.#lastBar?.read32(0) ?? 0;
  }
}
