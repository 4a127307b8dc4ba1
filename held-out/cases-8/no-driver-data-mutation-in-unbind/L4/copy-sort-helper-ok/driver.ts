// An auxiliary compute child lists its pending jobs by priority with an imported helper that sorts a copy.
import type { auxiliary, device } from '@bindsafe/kernel';
import { byPriority, type Job } from './order.js';

interface ComputeData {
  readonly jobs: Job[];
}

export const computeDriver: auxiliary.Driver<ComputeData> = {
  name: 'h8-compute',
  idTable: [{ modname: 'h8_gpu', name: 'compute' }],
  probe(_adev: auxiliary.Device<device.Core>): ComputeData {
    return { jobs: [{ id: 'a', prio: 1 }, { id: 'b', prio: 5 }] };
  },
  unbind(adev, data) {
    const top = byPriority(data.jobs).at(0);
    adev.asRef().info(`h8-compute: highest pending job ${top?.id ?? '-'}`);
  },
};
