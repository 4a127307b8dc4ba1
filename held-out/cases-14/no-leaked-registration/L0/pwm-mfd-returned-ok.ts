// A PCI multi-function board spawns its PWM child from a descriptor table and keeps it in the driver data.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

const CHILD = { name: 'pwm', id: 0, modname: 'mfd_board' } as const;

interface BoardData {
  readonly regs: devres.Devres<pci.Bar>;
  readonly pwm: auxiliary.Registration;
}

export const mfdBoardDriver: pci.Driver<BoardData> = {
  name: 'mfd-board',
  idTable: [{ vendor: 0x8086, device: 0x5ac0 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'mfd-board/bar0');
    return { regs, pwm: auxiliary.Registration.new(pdev.asRef(), CHILD.name, CHILD.id, CHILD.modname) };
  },
};
