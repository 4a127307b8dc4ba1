// The driver data keeps the Devres container an imported helper made around the child registration. [class 4]
import type { auxiliary, devres, platform } from '@bindsafe/kernel';
import { spawnManaged } from './managed.js';

interface Clk {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly reset: devres.Devres<auxiliary.Registration>;
}

export const clkDriver: platform.Driver<Clk> = {
  name: 'held5c-clk',
  idTable: [{ compatible: 'held5c,ccu' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    const reset = spawnManaged(pdev.asRef(), 'reset', 'held5c_ccu');
    return { mem, reset };
  },
};
