// Driver data as a class with parameter properties and a #private Bar: owned by the binding. [class 2]
import type { device, devres, pci } from '@bindsafe/kernel';

export class NicData {
  readonly #bar: pci.Bar;
  constructor(
    readonly pdev: pci.Device<device.Bound>,
    readonly regs: devres.Devres<pci.Bar>,
  ) {
    this.#bar = regs.access(pdev.asRef());
  }
  status(): number {
    return this.#bar.read32(0x8);
  }
}

export const driver: pci.Driver<NicData> = {
  name: 'held2-nsbd-class-data',
  idTable: [{ vendor: 0x1af4, device: 0x1104 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    pdev.setMaster();
    return new NicData(pdev, pdev.iomapRegion(0, 'held2-nsbd-class-data'));
  },
};
