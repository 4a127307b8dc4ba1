// Map#forEach over the board's child table makes each child and records only its name in a Map the data keeps. [class 7]
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

const BOARD_CHILDREN = new Map<string, number>([
  ['pwm', 0],
  ['watchdog', 0],
  ['rtc', 0],
]);

interface Pmic {
  readonly regs: devres.Devres<pci.Bar>;
  readonly labels: ReadonlyMap<string, string>;
}

export const pmicDriver: pci.Driver<Pmic> = {
  name: 'held5c-pmic',
  idTable: [{ vendor: 0x8086, device: 0x7e7f }],
  probe(pdev) {
    const regs = pdev.iomapRegion(0, 'held5c-pmic');
    const parent = pdev.asRef();
    const labels = new Map<string, string>();
    BOARD_CHILDREN.forEach((id, name) => {
      const child = auxiliary.Registration.new(parent, name, id, 'held5c_pmic'); // expect: bindsafe/no-leaked-registration
      labels.set(name, child.name);
    });
    return { regs, labels };
  },
};
