// [class 5] An async ioctl handler in the driver's own table reads regData after awaiting a fence.
import type { drm } from '@bindsafe/kernel';
import type { GpuData, GpuFile, GpuRegData } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

interface WaitFence {
  ring: number;
  timeoutMs: number;
  signalled: number;
}

type FenceDrm = drm.Driver<GpuData, GpuRegData, GpuFile, 'pci', { readonly waitFence: WaitFence }>;

let fileIds = 100;

export const fenceDrm: FenceDrm = {
  info: { name: 'fencegpu', desc: 'Fence waits', major: 1, minor: 2, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: fileIds++, notes: [] }),
  ioctls: {
    waitFence: async (_dev, regData, arg) => {
      const key = `ring${arg.ring}`;
      await pause(arg.timeoutMs);
      arg.signalled = regData.counters[key] ?? 0; // expect: bindsafe/no-leaked-unbind-guard
      return 0;
    },
  },
};
