// An auxiliary translation-cache device flushes the TLB cache its data holds through a helper re-exported under another name. [class 6]
import type { auxiliary } from '@bindsafe/kernel';
import { flushCache, hitRate } from './cache/index.js';

interface TlbData {
  readonly entries: Map<bigint, number>;
  readonly hits: number;
  readonly misses: number;
}

export const tlbDriver: auxiliary.Driver<TlbData> = {
  name: 'iotlb-aux',
  idTable: [{ modname: 'smmu', name: 'iotlb' }],
  probe() {
    return { entries: new Map<bigint, number>([[0x1000n, 3]]), hits: 0, misses: 0 };
  },
  unbind(adev, data) {
    adev.asRef().info(`iotlb-aux: hit rate ${hitRate(data.hits, data.misses).toFixed(2)}`);
    const evicted = flushCache(data.entries); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`iotlb-aux: ${evicted} entries evicted`);
  },
};
