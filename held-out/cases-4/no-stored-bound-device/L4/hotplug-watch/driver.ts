// probe passes its Device<Core> to a default-exported helper in another module that captures it in a listener on the shared hotplug emitter. [class 8]
import type { devres, platform } from '@bindsafe/kernel';
import watchRescan from './watch.js';

export const mmcDriver: platform.Driver<{ readonly mem: devres.Devres<platform.IoMem> }> = {
  name: 'held-mmc',
  idTable: [{ compatible: 'arasan,sdhci-8.9a' }],
  probe(pdev) {
    const mem = pdev.iomapResource(0);
    mem.access(pdev.asRef()).write32(0x1, 0x2c);
    watchRescan(pdev.asRef(), 'sdhci'); // expect: bindsafe/no-stored-bound-device
    return { mem };
  },
};
