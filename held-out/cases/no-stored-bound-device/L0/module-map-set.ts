// The IoMem of each device is put in a module-level Map keyed by name.
import type { devres, platform } from '@bindsafe/kernel';

export const mmioByName = new Map<string, platform.IoMem>();

export const driver: platform.Driver<{ readonly mem: devres.Devres<platform.IoMem> }> = {
  name: 'held-map',
  idTable: [{ compatible: 'held,map' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    mmioByName.set(pdev.name, mem.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { mem };
  },
};
