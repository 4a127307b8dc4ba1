// A PMIC pairs each regulator child with its id in slot objects and keeps the slot array in its driver data. [class 6]
import { auxiliary, type platform } from '@bindsafe/kernel';

const REGULATORS = [
  { name: 'buck', id: 4 },
  { name: 'ldo', id: 5 },
] as const;

interface Slot {
  readonly id: number;
  readonly reg: auxiliary.Registration;
}

interface PmicData {
  readonly slots: readonly Slot[];
}

export const pmicDriver: platform.Driver<PmicData> = {
  name: 'pmic',
  idTable: [{ compatible: 'acme,pmic' }],
  probe(pdev) {
    const [buck, ldo] = REGULATORS;
    const first: Slot = { reg: auxiliary.Registration.new(pdev.asRef(), buck.name, buck.id, 'pmic'), id: buck.id };
    const second: Slot = { reg: auxiliary.Registration.new(pdev.asRef(), ldo.name, ldo.id, 'pmic'), id: ldo.id };
    return { slots: [first, second] };
  },
};
