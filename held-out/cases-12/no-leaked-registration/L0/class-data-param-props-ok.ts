// A platform PMIC driver keeps its regulator cell in a driver-data class built with parameter properties. [class 4]
import { auxiliary, type devres, type platform } from '@bindsafe/kernel';

export class PmicData {
  constructor(
    readonly regs: devres.Devres<platform.IoMem>,
    readonly regulatorCell: auxiliary.Registration,
    readonly compatible: string,
  ) {}

  get cellName(): string {
    return this.regulatorCell.name;
  }
}

const rk808Driver: platform.Driver<PmicData> = {
  name: 'rk808-pmic',
  idTable: [{ compatible: 'rockchip,rk808' }],
  probe(pdev) {
    const regs = pdev.iomapResource(0);
    const regulatorCell = auxiliary.Registration.new(pdev.asRef(), 'regulator', 0, 'rk808');
    return new PmicData(regs, regulatorCell, pdev.compatible);
  },
};

export default rk808Driver;
