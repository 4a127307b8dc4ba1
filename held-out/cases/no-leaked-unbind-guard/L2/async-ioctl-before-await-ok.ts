// An async ioctl handler that copies what it needs before its first await. [class 5]
import { drm } from '@bindsafe/kernel';
import type { GetParam, GpuData, GpuRegData } from '../../_shared/gpu-drm.js';
import { pause } from '../../_shared/timing.js';

type WaitDrm = drm.Driver<GpuData, GpuRegData, {}, 'pci', { readonly waitIdle: GetParam }>;

export const waitDrm: WaitDrm = {
  info: { name: 'wait', desc: 'waiting GPU', major: 1, minor: 0, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({}),
  ioctls: {
    async waitIdle(_dev, regData, arg) {
      const pending = regData.log.length;
      const budget = regData.vramSize >> 20;
      await pause(pending);
      arg.value = Math.min(pending, budget);
      return 0;
    },
  },
};
