// [class 4] A platform GPU-fence driver copies its fence Map with `new Map` and deletes from the copy.
import type { device, platform } from '@bindsafe/kernel';

interface FenceData {
  readonly fences: Map<number, 'signaled' | 'pending'>;
}

export const fenceDriver: platform.Driver<FenceData> = {
  name: 'h8-fence',
  idTable: [{ compatible: 'acme,gpu-fence' }],
  probe(_pdev: platform.Device<device.Core>): FenceData {
    return { fences: new Map([[1, 'signaled'], [2, 'pending']]) };
  },
  unbind(pdev, data) {
    const outstanding = new Map(data.fences);
    for (const [seqno, state] of outstanding) {
      if (state === 'signaled') outstanding.delete(seqno);
    }
    pdev.asRef().info(`h8-fence: ${outstanding.size} fences never signaled`);
  },
};
