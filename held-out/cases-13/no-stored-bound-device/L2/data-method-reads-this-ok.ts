// A platform regulator driver returns a driver-data class whose describe() method reads its own Device<Bound> field and a copied compatible string. [class 7]
import type { device, devres, platform } from '@bindsafe/kernel';

class RegulatorData {
  readonly #compatible: string;
  constructor(
    readonly owner: platform.Device<device.Bound>,
    readonly io: devres.Devres<platform.IoMem>,
    readonly microvolts: number,
  ) {
    this.#compatible = owner.compatible;
  }
  describe(): string {
    return `${this.owner.name} (${this.#compatible}) @ ${this.microvolts} uV`;
  }
}

export const regulatorDriver: platform.Driver<RegulatorData> = {
  name: 'fixed-regulator-lite',
  idTable: [{ compatible: 'regulator-fixed' }],
  probe(pdev) {
    const io = pdev.iomapResource(0);
    const microvolts = io.access(pdev.asRef()).read32(0x00);
    return new RegulatorData(pdev, io, microvolts);
  },
};
