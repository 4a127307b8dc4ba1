// A PMIC keeps a local slot object pairing its regulator child with its id, and returns only the child's name. [class 6]
import { auxiliary, type platform } from '@bindsafe/kernel';

const REGULATOR = { name: 'regulator', id: 4 } as const;

interface PmicData {
  readonly id: number;
  readonly childName: string;
}

export const pmicDriver: platform.Driver<PmicData> = {
  name: 'pmic',
  idTable: [{ compatible: 'acme,pmic' }],
  probe(pdev) {
    const slot = { reg: auxiliary.Registration.new(pdev.asRef(), REGULATOR.name, REGULATOR.id, 'pmic'), id: REGULATOR.id }; // expect: bindsafe/no-leaked-registration
    const { id, reg } = slot;
    return { id, childName: reg.name };
  },
};
