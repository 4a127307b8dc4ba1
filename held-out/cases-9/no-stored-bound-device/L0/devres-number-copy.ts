// [class 2] A PCI timer keeps a Devres<number> calibration and copies its accessed value into a module `let`: a number is a copy.
import { devres, type pci } from '@bindsafe/kernel';

let calibration = 0;

export const driver: pci.Driver<{ readonly cal: devres.Devres<number> }> = {
  name: 'held9-timer-calib',
  idTable: [{ vendor: 0x8086, device: 0x15a3 }],
  probe(pdev) {
    const cal = new devres.Devres(pdev.asRef(), pdev.revision * 1000);
    calibration = cal.access(pdev.asRef());
    return { cal };
  },
};
