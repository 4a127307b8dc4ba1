// A platform video encoder constructs an imported Engine around its IoMem; the driver data keeps the Engine.
import type { platform } from '@bindsafe/kernel';
import { Engine } from './engine.js';

export const driver: platform.Driver<{ readonly engine: Engine }> = {
  name: 'held8-venc-engine',
  idTable: [{ compatible: 'acme,venc' }],
  probe(pdev) {
    const engine = new Engine(pdev.iomapResource(0).access(pdev.asRef()));
    engine.submit(0);
    return { engine };
  },
};
