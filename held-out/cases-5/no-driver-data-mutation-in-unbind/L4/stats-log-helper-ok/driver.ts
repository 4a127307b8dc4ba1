// unbind hands the data's statistics to an imported logging helper that sorts only a copy of them.
import type { devres, platform } from '@bindsafe/kernel';
import { logStats, type QueueStats } from './log.js';

interface Nvme {
  readonly mem: devres.Devres<platform.IoMem>;
  readonly stats: QueueStats;
}

export const nvmeDriver: platform.Driver<Nvme> = {
  name: 'held5c-nvme',
  idTable: [{ compatible: 'held5c,nvme-apple' }],
  probe(pdev) {
    return { mem: pdev.iomapResource(0), stats: { submitted: 0, completed: 0, latencies: [] } };
  },
  unbind(pdev, data) {
    data.mem.access(pdev.asRef()).write32(0, 0x14);
    logStats(pdev.asRef(), 'held5c-nvme', data.stats);
  },
};
