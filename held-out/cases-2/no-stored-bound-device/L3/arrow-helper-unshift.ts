// An arrow helper in the same file keeps what it is given in a module-level list. [class 3] [class 7]
import type { devres, platform } from '@bindsafe/kernel';

const windows: platform.IoMem[] = [];
const keep = (mem: platform.IoMem): number => windows.unshift(mem);

export const driver: platform.Driver<{ readonly res: devres.Devres<platform.IoMem> }> = {
  name: 'held2-nsbd-arrow-helper',
  idTable: [{ compatible: 'held2,arrow-helper' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    keep(res.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { res };
  },
};
