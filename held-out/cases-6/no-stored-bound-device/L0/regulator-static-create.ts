// A regulator driver whose data is a class built by a static create(pdev) factory.
import type { device, platform } from '@bindsafe/kernel';

export class Regulator {
  private constructor(
    readonly owner: device.Device<device.Bound>,
    readonly regs: platform.IoMem,
  ) {}

  static create(pdev: platform.Device<device.Core>): Regulator {
    const regs = pdev.iomapResource(0).access(pdev.asRef());
    return new Regulator(pdev.asRef(), regs);
  }

  get microvolts(): number {
    return this.regs.read32(0x10) * 1250;
  }
}

export const driver: platform.Driver<Regulator> = {
  name: 'held-regulator',
  idTable: [{ compatible: 'vendor,ldo' }],
  probe(pdev) {
    const reg = Regulator.create(pdev);
    pdev.asRef().info(`ldo at ${reg.microvolts} uV`);
    return reg;
  },
};
