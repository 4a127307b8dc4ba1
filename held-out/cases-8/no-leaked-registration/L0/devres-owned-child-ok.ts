// A PMIC hands its regulator child to a `Devres`, which drops it at unbind; the data keeps the container.
import { auxiliary, devres, type pci } from '@bindsafe/kernel';

interface PmicData {
  readonly regulator: devres.Devres<auxiliary.Registration>;
  readonly rails: number;
}

export const pmicDriver: pci.Driver<PmicData> = {
  name: 'held8-pmic',
  idTable: [{ vendor: 0x1b36, device: 0x0042 }],
  probe(pdev) {
    const child = auxiliary.Registration.new(pdev.asRef(), 'regulator', 0, 'held8_pmic');
    const regulator = new devres.Devres(pdev.asRef(), child);
    return { regulator, rails: 6 };
  },
};
