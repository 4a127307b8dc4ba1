// A multi-function device keeps only the list of names from the assembly an imported builder made. [class 2, 4]
import type { platform } from '@bindsafe/kernel';
import { assemble, type Assembly } from './assemble.js';

const FUNCTIONS = ['rtc', 'charger', 'fuel-gauge'] as const;

export const mfdDriver: platform.Driver<{ readonly functions: Assembly['names'] }> = {
  name: 'mfd-pmic',
  idTable: [{ compatible: 'vendor,mfd-pmic' }],
  probe(pdev) {
    const { names } = assemble(pdev.asRef(), FUNCTIONS); // expect: bindsafe/no-leaked-registration
    return { functions: names };
  },
};
