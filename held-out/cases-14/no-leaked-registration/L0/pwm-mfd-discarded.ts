// A PCI multi-function board spawns its PWM child from a descriptor table and throws the registration away.
import { auxiliary, type devres, type pci } from '@bindsafe/kernel';

const CHILD = { name: 'pwm', id: 0, modname: 'mfd_board' } as const;

interface BoardData {
  readonly regs: devres.Devres<pci.Bar>;
}

export const mfdBoardDriver: pci.Driver<BoardData> = {
  name: 'mfd-board',
  idTable: [{ vendor: 0x8086, device: 0x5ac0 }],
  probe(pdev) {
    pdev.enableDeviceMem();
    const regs = pdev.iomapRegion(0, 'mfd-board/bar0');
    auxiliary.Registration.new(pdev.asRef(), CHILD.name, CHILD.id, CHILD.modname); // expect: bindsafe/no-leaked-registration
    return { regs };
  },
};
