// A platform PMIC driver registers its regulator cell and keeps it only in a local it never reads.
import { auxiliary, type devres, type platform } from '@bindsafe/kernel';

export interface PmicData {
  readonly regs: devres.Devres<platform.IoMem>;
  readonly compatible: string;
}

const rk808Driver: platform.Driver<PmicData> = {
  name: 'rk808-pmic',
  idTable: [{ compatible: 'rockchip,rk808' }],
  probe(pdev) {
    const regs = pdev.iomapResource(0);
    const regulatorCell = auxiliary.Registration.new(pdev.asRef(), 'regulator', 0, 'rk808'); // expect: bindsafe/no-leaked-registration
    return { regs, compatible: pdev.compatible };
  },
};

export default rk808Driver;
