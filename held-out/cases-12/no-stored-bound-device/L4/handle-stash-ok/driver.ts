// A thermal driver enrolls its device in an imported roster as a Device<Normal> handle [class 2]
import type { devres, platform } from '@bindsafe/kernel';
import { enroll } from './roster.js';

const rosterKey = {};

export const thermalDriver: platform.Driver<{ readonly tsens: devres.Devres<platform.IoMem> }> = {
  name: 'tsens-roster-ok',
  idTable: [{ compatible: 'acme,tsens' }],
  probe(pdev) {
    const tsens = pdev.iomapResource(0);
    enroll(rosterKey, pdev.asRef().toNormal());
    return { tsens };
  },
};
