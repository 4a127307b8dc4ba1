// A thermal driver records its device in an imported module-level telemetry object whose method keeps it [class 6]
import type { devres, platform } from '@bindsafe/kernel';
import { telemetry } from './telemetry.js';

export const thermalDriver: platform.Driver<{ readonly tsens: devres.Devres<platform.IoMem> }> = {
  name: 'tsens-telemetry-l4',
  idTable: [{ compatible: 'acme,tsens' }],
  probe(pdev) {
    const tsens = pdev.iomapResource(0);
    telemetry.record(pdev.asRef()); // expect: bindsafe/no-stored-bound-device
    return { tsens };
  },
};
