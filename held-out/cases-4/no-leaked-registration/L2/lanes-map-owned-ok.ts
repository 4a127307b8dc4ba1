// A SerDes PHY registers one child per lane in a `map` callback and keeps the array in its data.
import { auxiliary, type devres, type platform } from '@bindsafe/kernel';

const LANES = ['pcie', 'usb3', 'sata'] as const;

interface Phy {
  readonly mmio: devres.Devres<platform.IoMem>;
  readonly lanes: readonly auxiliary.Registration[];
}

export const phyDriver: platform.Driver<Phy> = {
  name: 'held4-serdes',
  idTable: [{ compatible: 'held4,serdes-3lane' }],
  probe(pdev) {
    const mmio = pdev.iomapResource(0);
    const lanes = LANES.map((lane, index) => auxiliary.Registration.new(pdev.asRef(), lane, index, 'held4_serdes'));
    return { mmio, lanes };
  },
};
