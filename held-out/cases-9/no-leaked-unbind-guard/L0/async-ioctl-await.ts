// An async flush ioctl waits for the ring to drain, then reads its counters from regData [class 5].
import type { drm } from '@bindsafe/kernel';
import type { GpuData, GpuFile, GpuRegData, Submit } from '../../../cases/_shared/gpu-drm.js';
import { pause } from '../../../cases/_shared/timing.js';

export interface FlushIoctls {
  readonly flush: Submit;
}

export type FlushDrm = drm.Driver<GpuData, GpuRegData, GpuFile, 'pci', FlushIoctls>;

export const flushDrm: FlushDrm = {
  info: { name: 'flushgpu', desc: 'GPU with an async flush', major: 1, minor: 2, patchlevel: 0 },
  bus: 'pci',
  openFile: () => ({ id: 0, notes: [] }),
  ioctls: {
    flush: async (_dev, regData, arg) => {
      const ring = `ring${arg.ring}`;
      await pause(1);
      arg.seqno = regData.counters[ring] ?? 0; // expect: bindsafe/no-leaked-unbind-guard
      return 0;
    },
  },
};
