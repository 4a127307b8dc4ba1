// Only the child's name string reaches the data, through destructuring with a rename. [class 2]
import { auxiliary, type platform } from '@bindsafe/kernel';

interface PmicData {
  readonly regulatorNode: string;
}

export const pmicDriver: platform.Driver<PmicData> = {
  name: 'pmic',
  idTable: [{ compatible: 'vendor,pmic-v2' }],
  probe(pdev) {
    const regulators = auxiliary.Registration.new(pdev.asRef(), 'regulators', 0, 'pmic'); // expect: bindsafe/no-leaked-registration
    const { name: regulatorNode } = regulators;
    return { regulatorNode };
  },
};
