// A platform thermal zone creates its cooling-device children with an imported devm helper that hands each to devres. [class 4]
import type { platform } from '@bindsafe/kernel';
import { devm } from './support/index.js';

export const thermalDriver: platform.Driver<{ readonly coolers: readonly string[] }> = {
  name: 'thermal-lite',
  idTable: [{ compatible: 'acme,thermal' }],
  probe(pdev) {
    const coolers = ['fan', 'dvfs'].map((kind, id) => devm.devmAuxChild(pdev.asRef(), `cool-${kind}`, id, 'thermal_lite'));
    return { coolers };
  },
};
