// An async ioctl handler reads its registration data after an await. [class 5]
import { drm } from '@bindsafe/kernel';
import type { GetParam, GpuData, GpuRegData } from '../../_shared/gpu-drm.js';
import { pause } from '../../_shared/timing.js';

type SlowDrm = drm.Driver<GpuData, GpuRegData, {}, 'pci', { readonly slowParam: GetParam }>;

export const slowDrm: SlowDrm = {
  info: { name: 'slow', desc: 'slow GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {
    async slowParam(_dev, regData, arg) {
      const before = regData.vramSize;
      await pause(1);
      arg.value = before + regData.vramSize; // expect: bindsafe/no-leaked-unbind-guard
      return 0;
    },
  },
};
