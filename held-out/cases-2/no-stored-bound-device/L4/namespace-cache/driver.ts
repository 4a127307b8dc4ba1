// A namespace-imported cache module keeps the IoMem in its module-level Map. [class 3] [class 7]
import type { devres, platform } from '@bindsafe/kernel';
import * as cache from './cache.js';

export const driver: platform.Driver<{ readonly res: devres.Devres<platform.IoMem> }> = {
  name: 'held2-nsbd-ns-cache',
  idTable: [{ compatible: 'held2,ns-cache' }],
  probe(pdev) {
    const res = pdev.iomapResource(0);
    cache.put(pdev.compatible, res.access(pdev.asRef())); // expect: bindsafe/no-stored-bound-device
    return { res };
  },
};
