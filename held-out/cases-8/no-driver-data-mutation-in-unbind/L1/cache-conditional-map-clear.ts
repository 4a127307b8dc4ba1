// [class 6] A platform cache controller picks one of two Maps its data holds with a conditional, then clears it.
import type { device, platform } from '@bindsafe/kernel';

type Policy = 'writeback' | 'writethrough';

interface CacheData {
  readonly policy: Policy;
  readonly dirtyLines: Map<number, Uint8Array>;
  readonly cleanLines: Map<number, Uint8Array>;
}

export const l2CacheDriver: platform.Driver<CacheData> = {
  name: 'h8-l2c',
  idTable: [{ compatible: 'acme,l2c-310' }],
  probe(_pdev: platform.Device<device.Core>): CacheData {
    return { policy: 'writeback', dirtyLines: new Map(), cleanLines: new Map() };
  },
  unbind(_pdev, data) {
    const lines = data.policy === 'writeback' ? data.dirtyLines : data.cleanLines;
    lines.clear(); // expect: bindsafe/no-driver-data-mutation-in-unbind
  },
};
