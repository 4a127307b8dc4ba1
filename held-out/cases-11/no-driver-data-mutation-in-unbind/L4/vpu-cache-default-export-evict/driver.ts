// An auxiliary video decoder evicts expired frames from its data's cache with a default-imported helper.
import type { auxiliary } from '@bindsafe/kernel';
import evict from './evict.js';

interface Frame {
  readonly expiresAt: number;
}

interface VpuData {
  readonly frames: Map<number, Frame>;
}

export const vpuDriver: auxiliary.Driver<VpuData> = {
  name: 'h11-vpu',
  idTable: [{ modname: 'h11_media', name: 'vpu' }],

  probe() {
    return { frames: new Map<number, Frame>([[1, { expiresAt: 0 }]]) };
  },

  unbind(adev, data) {
    const now = Date.now();
    const expired = evict(data.frames, (f) => f.expiresAt < now); // expect: bindsafe/no-driver-data-mutation-in-unbind
    adev.asRef().info(`vpu: ${expired.length} frames evicted`);
  },
};
