// Driver data assembled with Object.assign: the child arrives in a later source object. [class 6]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface PmicData {
  rails: number;
  regulators?: auxiliary.Registration;
}

export const pmicDriver: platform.Driver<PmicData> = {
  name: 'pmic',
  idTable: [{ compatible: 'vendor,pmic-v2' }],
  probe(pdev) {
    const partial: PmicData = { rails: 6 };
    const regulators = auxiliary.Registration.new(pdev.asRef(), 'regulators', 0, 'pmic');
    return Object.assign(partial, { regulators });
  },
};
