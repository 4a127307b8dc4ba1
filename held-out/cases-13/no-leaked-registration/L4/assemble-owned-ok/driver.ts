// The MFD driver data owns the whole assembly an imported builder made. [class 4]
import type { platform } from '@bindsafe/kernel';
import { assemble, type Assembly } from './build/index.js';

const FUNCTIONS = ['rtc', 'charger', 'fuel-gauge'] as const;

export const mfdDriver: platform.Driver<{ readonly assembly: Assembly }> = {
  name: 'mfd-pmic',
  idTable: [{ compatible: 'vendor,mfd-pmic' }],
  probe(pdev) {
    const assembly = assemble(pdev.asRef(), FUNCTIONS);
    return { assembly };
  },
};
